// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Shapes several methods share, from the spec's `shapes:` section: each struct is defined once
//! here and re-exported by the `upload` module or the reply of every method that uses it.

/// One SKU (sales-attribute combination) of an item, as item.add and item.detail.update upload it (sic: `Specila`, the wire spelling).
///
/// Element `SpecilaItemInfo`.
/// Certainty: \[2+\] JSDK ItemSkuAddInfo, CSDK SpecilaItemInfo; item.detail.update \[2+\] DOC-98, JSDK (same 6 children).
#[doc(alias = "SpecilaItemInfo")]
#[cfg(feature = "items")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(deny_unknown_fields)
)]
pub struct SpecialItemInfo {
    /// Sales-attribute class, `name>>value;…` format; may be empty (DOC-98 rule).
    ///
    /// Wire name: `specialAttributeClass` (text).
    /// Certainty: \[2+\] JSDK, CSDK.
    pub special_attribute_class: Option<String>,
    /// Sales attributes, e.g. `颜色>>军绿;鞋码>>38`; a custom name is at most 20 characters (10 Chinese) (DOC-98 rule).
    ///
    /// Wire name: `specialAttribute` (text).
    /// Certainty: \[2+\] CSDK sample, DG comment.
    pub special_attribute: Option<String>,
    /// Display order, 0–9999; non-numeric, empty or > 9999 becomes 0 (DOC-98 rule).
    ///
    /// Wire name: `specialAttributeSeq` (integer).
    /// Certainty: \[2+\] JSDK, CSDK.
    pub special_attribute_seq: Option<i32>,
    /// Stock of this SKU.
    ///
    /// Wire name: `stockCount` (integer).
    /// Certainty: \[2+\] JSDK, CSDK.
    pub stock_count: Option<i32>,
    /// 当当价 — Selling price of this SKU.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    /// Certainty: \[2+\] JSDK, CSDK.
    pub unit_price: Option<crate::Decimal>,
    /// 企业商品标识符 — Merchant code of this SKU.
    ///
    /// Wire name: `outerItemID` (text).
    /// Certainty: \[2+\] JSDK, CSDK.
    pub outer_item_id: Option<String>,
}

#[cfg(feature = "items")]
impl SpecialItemInfo {
    /// Builds `<SpecilaItemInfo>` from its required children; optional ones start empty.
    pub fn new() -> Self {
        Self {
            special_attribute_class: None,
            special_attribute: None,
            special_attribute_seq: None,
            stock_count: None,
            unit_price: None,
            outer_item_id: None,
        }
    }

    /// Writes the children of this element; `method` names the call in errors.
    pub(crate) fn write_xml(
        &self,
        w: &mut crate::xml::XmlWriter,
        _method: &'static str,
    ) -> Result<(), crate::Error> {
        if let Some(value) = &self.special_attribute_class {
            let text = crate::wire::text(value);
            w.leaf("specialAttributeClass", &text);
        }
        if let Some(value) = &self.special_attribute {
            let text = crate::wire::text(value);
            w.leaf("specialAttribute", &text);
        }
        if let Some(value) = &self.special_attribute_seq {
            let text = crate::wire::text(value);
            w.leaf("specialAttributeSeq", &text);
        }
        if let Some(value) = &self.stock_count {
            let text = crate::wire::text(value);
            w.leaf("stockCount", &text);
        }
        if let Some(value) = &self.unit_price {
            let text = crate::wire::text(value);
            w.leaf("unitPrice", &text);
        }
        if let Some(value) = &self.outer_item_id {
            let text = crate::wire::text(value);
            w.leaf("outerItemID", &text);
        }
        Ok(())
    }
}

/// Result for one SKU in the replies of item.add and item.detail.update (element `SpecialItemInfo`, spelled correctly on the wire here).
///
/// Element `SpecialItemInfo`.
/// Certainty: \[2+\] JSDK ItemSkuIDInfo, CSDK specialItemInfo; item.detail.update \[1\] JSDK.
///
/// To build one in a test: `let mut value = SpecialItemResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "SpecialItemInfo")]
#[cfg(feature = "items")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SpecialItemResult {
    /// 企业商品标识符 — Merchant code of the SKU.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// SKU id (for item.add, the new SKU's id).
    ///
    /// Wire name: `subItemID` (integer).
    pub sub_item_id: Option<i64>,
    /// Result code, 0 = ok.
    ///
    /// Wire name: `operCode` (code table [`ItemWriteResultCode`](crate::types::ItemWriteResultCode)).
    pub oper_code: Option<crate::types::ItemWriteResultCode>,
    /// Result text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
}

#[cfg(feature = "items")]
impl crate::xml_decode::FromXml for SpecialItemResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            outer_item_id: None,
            sub_item_id: None,
            oper_code: None,
            operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"outerItemID") => out.outer_item_id = decoder.opt()?,
                Some(b"subItemID") => out.sub_item_id = decoder.opt()?,
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

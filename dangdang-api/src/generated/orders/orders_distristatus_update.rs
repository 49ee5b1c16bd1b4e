// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.orders.distristatus.update`: 批量更新订单配送状态 — Mark the delivery result of shipped self-ship (自发) orders, up to 100 per call.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateMultiOrdersDistriStatus.php`
//! - Transport: multipart POST, document in file part `updateMultiOrdersDistriStatus`
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - DOC-167: Official doc page 167 (orders.distristatus.update), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=167>
//!
//! Notes:
//! - Self-ship orders, COD and non-COD. The same order may be re-marked success/failure repeatedly \[1: DOC-167\].
//! - If the order is already 已送达 / 交易成功 and not yet marked: marking success keeps the state and allows settlement once; marking failure refunds the buyer (not the on-site COD amount) and the state becomes 交易失败. Some sellers may switch success → failure, never failure → success \[1: DOC-167\].
//! - Verb POST \[1: DOC-167\].
//! - `distriStatus`: the doc example uses 1 (\[inf\] delivered OK); the failure code is not in the doc text.
//! - `distriTime`: the doc example writes "2012-3-13 12:12:12" (non-padded); this client sends the padded `yyyy-MM-dd HH:mm:ss` form.
//! - Response and result codes not found. \[inf\] Same per-order result pattern as dangdang.order.goods.send; the reply is returned as a generic XML tree.
//! - Which children are mandatory is not stated; all three are constructor arguments here \[inf\] (the doc example has all three).

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.orders.distristatus.update";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateMultiOrdersDistriStatus.php";

/// Request for `dangdang.orders.distristatus.update` (updateMultiOrdersDistriStatus.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.orders.distristatus.update")]
#[doc(alias = "updateMultiOrdersDistriStatus.php")]
#[doc(alias = "updateMultiOrdersDistriStatus")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `updateMultiOrdersDistriStatus`.
    pub document: upload::Document,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(document: upload::Document) -> Self {
        Self {
            document,
            extra_params: Vec::new(),
        }
    }

    /// Adds a parameter the spec does not know, by wire name.
    pub fn param(
        mut self,
        wire_name: impl Into<String>,
        value: impl Into<String>,
    ) -> Self {
        self.extra_params.push((wire_name.into(), value.into()));
        self
    }
}

impl crate::Method for Request {
    type Response = crate::XmlElement;

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDERS_DISTRISTATUS_UPDATE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "updateMultiOrdersDistriStatus",
                filename: "updateMultiOrdersDistriStatus.xml",
                max_bytes: None,
                body: crate::UploadBody::Fragment({
                    let mut w = crate::xml::XmlWriter::new();
                    self.document.write_xml(&mut w, METHOD)?;
                    w.finish()
                }),
            }),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<crate::XmlElement, crate::Error> {
        crate::decode::tree(METHOD, body)
    }
}

/// The document uploaded in file part `updateMultiOrdersDistriStatus` (GBK XML under `<request>`).
pub mod upload {
    /// The `request` element.
    ///
    /// Element `request`.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct Document {
        /// Orders to mark.
        ///
        /// Wire name: `OrdersList` › `OrderInfo*`.
        /// At most 100 entries.
        /// Certainty: \[1\] DOC-167.
        #[cfg_attr(feature = "serde", serde(default))]
        pub orders_list: Vec<OrderInfo>,
    }

    impl Document {
        /// Builds `<request>` from its required children; optional ones start empty.
        pub fn new(orders_list: Vec<OrderInfo>) -> Self {
            Self { orders_list }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            crate::rt::check_count(method, "OrderInfo", self.orders_list.len(), 100)?;
            w.start("OrdersList");
            for item in &self.orders_list {
                w.start("OrderInfo");
                item.write_xml(w, method)?;
                w.end("OrderInfo");
            }
            w.end("OrdersList");
            Ok(())
        }
    }

    /// One order's delivery result; at most 100 per call.
    ///
    /// Element `OrderInfo`.
    /// Certainty: ≤ 100 \[1\] DOC-167.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct OrderInfo {
        /// 订单编号 — Dangdang order id.
        ///
        /// Wire name: `orderID` (integer).
        pub order_id: i64,
        /// 配送状态 — Delivery result; example value 1 (\[inf\] delivered OK).
        ///
        /// Wire name: `distriStatus` (code table [`DistriStatus`](crate::types::DistriStatus)).
        pub distri_status: crate::types::DistriStatus,
        /// Time of the delivery status, Beijing time (doc example `2012-3-13 12:12:12`).
        ///
        /// Wire name: `distriTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
        pub distri_time: crate::BeijingTime,
    }

    impl OrderInfo {
        /// Builds `<OrderInfo>` from its required children; optional ones start empty.
        pub fn new(
            order_id: i64,
            distri_status: crate::types::DistriStatus,
            distri_time: impl Into<crate::BeijingTime>,
        ) -> Self {
            Self {
                order_id,
                distri_status,
                distri_time: distri_time.into(),
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            _method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.order_id);
            w.leaf("orderID", &text);
            let text = crate::wire::text(&self.distri_status);
            w.leaf("distriStatus", &text);
            let text = crate::wire::text(&self.distri_time);
            w.leaf("distriTime", &text);
            Ok(())
        }
    }
}

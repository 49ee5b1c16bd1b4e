// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.orders.exchange.return.apply.approve`: 退换货申请审核 — Approve (or \[inf\] reject) buyers' return/exchange requests in a batch; required before handling them with dangdang.order.return / dangdang.order.goods.exchange.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/updateReturnExchangeOrdersApprStatus.php`
//! - Transport: multipart POST, document in file part `updateReturnExchangeOrdersApprStatus`
//! - Safety: write (never retried automatically)
//! - Provenance: partial
//!
//! Sources:
//! - DOC-139: Official doc page 139 (orders.exchange.return.apply.approve), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=139>
//!
//! Notes:
//! - 自发 / 代发, COD and non-COD; not for 代退货 requests; v1.1 adds refund-only support. Verb POST \[1: DOC-139\].
//! - Maximum batch size not found.
//! - `itemsList` (only for refund-only requests) is in the doc but its children are truncated, so it is not typed: the caller builds its content as an `XmlElement` (`type: xml`), whose children are written under `itemsList`.
//! - Response and result codes not found (page truncated; no client code). \[inf\] Likely the `Result` › `OrdersList` › `OrderInfo` + per-order code pattern of dangdang.order.goods.send; the reply is returned as a generic XML tree.
//! - \[inf\] Reject is presumably `returnExchangeOrdersApprStatus` 2 (same enum as the list) — not stated.
//! - The doc's description text says "配送状态XML文件" — a copy-paste slip from dangdang.orders.distristatus.update.
//! - Which children are mandatory is not stated; orderID, returnExchangeCode and the review state are constructor arguments here \[inf\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.orders.exchange.return.apply.approve";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/updateReturnExchangeOrdersApprStatus.php";

/// Request for `dangdang.orders.exchange.return.apply.approve` (updateReturnExchangeOrdersApprStatus.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.orders.exchange.return.apply.approve")]
#[doc(alias = "updateReturnExchangeOrdersApprStatus.php")]
#[doc(alias = "updateReturnExchangeOrdersApprStatus")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `updateReturnExchangeOrdersApprStatus`.
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDERS_EXCHANGE_RETURN_APPLY_APPROVE;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "updateReturnExchangeOrdersApprStatus",
                filename: "updateReturnExchangeOrdersApprStatus.xml",
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

/// The document uploaded in file part `updateReturnExchangeOrdersApprStatus` (GBK XML under `<request>`).
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
        /// Requests to review.
        ///
        /// Wire name: `OrdersList` › `OrderInfo*`.
        /// Certainty: \[1\] DOC-139.
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

    /// One request to review (maximum per call not found).
    ///
    /// Element `OrderInfo`.
    /// Certainty: \[1\] DOC-139.
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
        /// Request id (`returnExchangeCode` from dangdang.orders.exchange.return.list.get).
        ///
        /// Wire name: `returnExchangeCode` (integer).
        pub return_exchange_code: i64,
        /// Review decision; the doc example uses 1 (approve).
        ///
        /// Wire name: `returnExchangeOrdersApprStatus` (code table [`ReturnApprovalStatus`](crate::types::ReturnApprovalStatus)).
        pub return_exchange_orders_appr_status: crate::types::ReturnApprovalStatus,
        /// Free-text review comment.
        ///
        /// Wire name: `apprComments` (text).
        pub appr_comments: Option<String>,
        /// The lines of a refund-only request; the doc's children are truncated, so the content is built by the caller (children of the given `XmlElement`).
        ///
        /// Wire name: `itemsList` (XML content the caller builds: the children of an [`XmlElement`](crate::XmlElement)).
        /// Certainty: \[1\] DOC-139 (element name only).
        pub items_list: Option<crate::XmlElement>,
    }

    impl OrderInfo {
        /// Builds `<OrderInfo>` from its required children; optional ones start empty.
        pub fn new(
            order_id: i64,
            return_exchange_code: i64,
            return_exchange_orders_appr_status: crate::types::ReturnApprovalStatus,
        ) -> Self {
            Self {
                order_id,
                return_exchange_code,
                return_exchange_orders_appr_status,
                appr_comments: None,
                items_list: None,
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.order_id);
            w.leaf("orderID", &text);
            let text = crate::wire::text(&self.return_exchange_code);
            w.leaf("returnExchangeCode", &text);
            let text = crate::wire::text(&self.return_exchange_orders_appr_status);
            w.leaf("returnExchangeOrdersApprStatus", &text);
            if let Some(value) = &self.appr_comments {
                let text = crate::wire::text(value);
                w.leaf("apprComments", &text);
            }
            if let Some(value) = &self.items_list {
                w.start("itemsList");
                value.write_children(w, method, "itemsList")?;
                w.end("itemsList");
            }
            Ok(())
        }
    }
}

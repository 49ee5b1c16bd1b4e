// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.order.goods.send`: 订单发货 — Ship self-fulfilled (自发) orders in a batch: moves 正在配货 / 等待发货 orders to 已发货.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/sendGoods.php`
//! - Transport: multipart POST, document in file part `sendGoods`
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-135: Official doc page 135 (order.goods.send), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=135>
//! - DOC-213: Official doc page 213 (order.goods.send v3 / sendxml), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=213>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - DS: a C# SDK DdSdk (repository not identified)
//! - WD: a Wangdian-style PHP ERP DangdangClient (repository not identified)
//! - DC: a PHP distributor sync dangdang11Cron.php, 2018 (repository not identified)
//!
//! Notes:
//! - Self-ship orders only, COD and non-COD; not for 代发 orders; gifts of 'buy A get gifts' promotions must be sent too; 多买多折 items must be sent in full; v3 allows one shipment per order (missing lines count as out of stock) \[1: DOC-135/213\].
//! - If the order is 正在配货 the upload's quantities are used; if already 等待发货 the back-office 标记配货完成 quantities win \[1: DOC-135\].
//! - v3.0 makes a logistics company code mandatory and requires SN codes for 3C products; those elements are not in the public doc text. \[inf\] WD puts its courier code into `logisticsName`.
//! - Whole-request failure: `Result` directly holding `operCode` + `operation` (DG) or the E2 envelope (WF) \[2+\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.order.goods.send";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/sendGoods.php";

/// Request for `dangdang.order.goods.send` (sendGoods.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.order.goods.send")]
#[doc(alias = "sendGoods.php")]
#[doc(alias = "sendGoods")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// The document uploaded as file part `sendGoods`.
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
    type Response = Response;

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDER_GOODS_SEND;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn upload(&self) -> Result<Option<crate::Upload>, crate::Error> {
        Ok(
            Some(crate::Upload {
                field: "sendGoods",
                filename: "sendGoods.xml",
                max_bytes: None,
                body: crate::UploadBody::Fragment({
                    let mut w = crate::xml::XmlWriter::new();
                    self.document.write_xml(&mut w, METHOD)?;
                    w.finish()
                }),
            }),
        )
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// The document uploaded in file part `sendGoods` (GBK XML under `<request>`).
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
        /// 订单列表 — Orders to ship.
        ///
        /// Wire name: `OrdersList` › `OrderInfo*`.
        /// At most 50 entries.
        /// Certainty: \[2+\] DG, WF, WD, DC.
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
            crate::rt::check_count(method, "OrderInfo", self.orders_list.len(), 50)?;
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

    /// One shipped line.
    ///
    /// Element `ItemInfo`.
    #[derive(Debug, Clone, PartialEq)]
    #[cfg_attr(
        feature = "serde",
        derive(serde::Serialize, serde::Deserialize),
        serde(deny_unknown_fields)
    )]
    pub struct ItemInfo {
        /// 商品编号 — Dangdang item id.
        ///
        /// Wire name: `itemID` (integer).
        pub item_id: i64,
        /// 发货数量 — Quantity shipped.
        ///
        /// Wire name: `sendGoodsCount` (integer).
        pub send_goods_count: i32,
        /// 所属促销编号 — Promotion the line belongs to.
        ///
        /// Wire name: `belongProductsPromoID` (text).
        /// Certainty: \[2+\] DG, DC (WD writes an empty belongPromo instead \[1\]).
        pub belong_products_promo_id: Option<String>,
        /// 订单行编号 — Line id from the order details.
        ///
        /// Wire name: `productItemId` (text).
        /// Certainty: \[2+\] DG, DC.
        pub product_item_id: Option<String>,
    }

    impl ItemInfo {
        /// Builds `<ItemInfo>` from its required children; optional ones start empty.
        pub fn new(item_id: i64, send_goods_count: i32) -> Self {
            Self {
                item_id,
                send_goods_count,
                belong_products_promo_id: None,
                product_item_id: None,
            }
        }

        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            _method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.item_id);
            w.leaf("itemID", &text);
            let text = crate::wire::text(&self.send_goods_count);
            w.leaf("sendGoodsCount", &text);
            if let Some(value) = &self.belong_products_promo_id {
                let text = crate::wire::text(value);
                w.leaf("belongProductsPromoID", &text);
            }
            if let Some(value) = &self.product_item_id {
                let text = crate::wire::text(value);
                w.leaf("productItemId", &text);
            }
            Ok(())
        }
    }

    /// 订单信息 — One order to ship; at most 50 per call.
    ///
    /// Element `OrderInfo`.
    /// Certainty: ≤ 50 \[1\] DOC-135/213.
    ///
    /// Build it as a struct literal naming every required field (`order_id`, `logistics_name`, `logistics_tel`, `logistics_order_id`, `send_goods_list`); a required text left empty is refused before sending.
    #[derive(Debug, Clone, PartialEq, Default)]
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
        /// 物流公司名称 — Courier company (name; v3: \[inf\] the courier code).
        ///
        /// Wire name: `logisticsName` (text).
        pub logistics_name: String,
        /// 物流公司电话 — Courier phone (WD always sends 114; DC sends the doc phone).
        ///
        /// Wire name: `logisticsTel` (text).
        pub logistics_tel: String,
        /// 物流单号 — Waybill number.
        ///
        /// Wire name: `logisticsOrderID` (text).
        pub logistics_order_id: String,
        /// 发货商品列表 — Lines shipped.
        ///
        /// Wire name: `SendGoodsList` › `ItemInfo*`.
        #[cfg_attr(feature = "serde", serde(default))]
        pub send_goods_list: Vec<ItemInfo>,
    }

    impl OrderInfo {
        /// Writes the children of this element; `method` names the call in errors.
        pub(crate) fn write_xml(
            &self,
            w: &mut crate::xml::XmlWriter,
            method: &'static str,
        ) -> Result<(), crate::Error> {
            let text = crate::wire::text(&self.order_id);
            w.leaf("orderID", &text);
            let text = crate::wire::text(&self.logistics_name);
            if text.is_empty() {
                return Err(crate::Error::InvalidParam {
                    method,
                    param: "logisticsName".to_owned(),
                    rule: "required: may not be empty".to_owned(),
                });
            }
            w.leaf("logisticsName", &text);
            let text = crate::wire::text(&self.logistics_tel);
            if text.is_empty() {
                return Err(crate::Error::InvalidParam {
                    method,
                    param: "logisticsTel".to_owned(),
                    rule: "required: may not be empty".to_owned(),
                });
            }
            w.leaf("logisticsTel", &text);
            let text = crate::wire::text(&self.logistics_order_id);
            if text.is_empty() {
                return Err(crate::Error::InvalidParam {
                    method,
                    param: "logisticsOrderID".to_owned(),
                    rule: "required: may not be empty".to_owned(),
                });
            }
            w.leaf("logisticsOrderID", &text);
            w.start("SendGoodsList");
            for item in &self.send_goods_list {
                w.start("ItemInfo");
                item.write_xml(w, method)?;
                w.end("ItemInfo");
            }
            w.end("SendGoodsList");
            Ok(())
        }
    }
}

/// 订单发货 — Ship self-fulfilled (自发) orders in a batch: moves 正在配货 / 等待发货 orders to 已发货.
///
/// Element `response`.
///
/// To build one in a test: `let mut value = Response::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    pub time: Option<crate::BeijingTime>,
    /// 发货结果 — Per-order results, or a whole-request failure code.
    ///
    /// Wire name: `Result`.
    /// Certainty: \[2+\] DG, DS, WF.
    pub result: Option<SendResult>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            result: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"Result") => out.result = decoder.opt_nested()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Result for one order.
///
/// Element `OrderInfo`.
///
/// To build one in a test: `let mut value = OrderInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OrderInfo {
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    pub order_id: Option<i64>,
    /// 操作结果代码 — 0 = shipped.
    ///
    /// Wire name: `orderOperCode` (code table [`SendGoodsResultCode`](crate::types::SendGoodsResultCode)).
    pub order_oper_code: Option<crate::types::SendGoodsResultCode>,
    /// 操作结果 — Result text.
    ///
    /// Wire name: `orderOperation` (text).
    pub order_operation: Option<String>,
}

impl crate::xml_decode::FromXml for OrderInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            order_id: None,
            order_oper_code: None,
            order_operation: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"orderID") => out.order_id = decoder.opt()?,
                Some(b"orderOperCode") => out.order_oper_code = decoder.opt()?,
                Some(b"orderOperation") => out.order_operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// 发货结果 — Per-order results, or a whole-request failure code.
///
/// Element `Result`.
/// Certainty: \[2+\] DG, DS, WF.
///
/// To build one in a test: `let mut value = SendResult::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[doc(alias = "Result")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SendResult {
    /// Whole-request failure code (DG ResultErr); absent on per-order results.
    ///
    /// Wire name: `operCode` (code table [`SendGoodsResultCode`](crate::types::SendGoodsResultCode)).
    pub oper_code: Option<crate::types::SendGoodsResultCode>,
    /// Whole-request failure text.
    ///
    /// Wire name: `operation` (text).
    pub operation: Option<String>,
    /// One result per uploaded order.
    ///
    /// Wire name: `OrdersList` › `OrderInfo*`.
    pub orders_list: Vec<OrderInfo>,
}

impl crate::xml_decode::FromXml for SendResult {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            oper_code: None,
            operation: None,
            orders_list: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"operCode") => out.oper_code = decoder.opt()?,
                Some(b"operation") => out.operation = decoder.opt()?,
                Some(b"OrdersList") => {
                    decoder.list_of(b"OrderInfo", &mut out.orders_list)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

impl Response {
    /// The entries of `OrdersList` › `OrderInfo*` that failed: those whose `orderOperCode` is not `0` (success), each with its code.
    ///
    /// [`SendGoodsResultCode::meaning`](crate::types::SendGoodsResultCode::meaning) says what a known code means; an unknown one is `SendGoodsResultCode::Other` with the raw code.
    pub fn failures(&self) -> Vec<(&OrderInfo, &crate::types::SendGoodsResultCode)> {
        crate::types::failed(
            self
                .result
                .as_ref()
                .map(|v| v.orders_list.as_slice())
                .unwrap_or_default()
                .iter(),
            |entry| entry.order_oper_code.as_ref(),
        )
    }
}

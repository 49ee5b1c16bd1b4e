// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.order.receipt.details.get`: 获取订单面单详情 — Courier waybill (面单) data for up to 100 orders; depending on the order type the call also ships or marks orders (see notes).
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getMultiOrderCourierReceiptDetails.php`
//! - Transport: GET, parameters in the query string
//! - Safety: write (never retried automatically)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-140: Official doc page 140 (order.receipt.details.get / .list), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=140>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - HL: halentest/dongganjituan: Java shop ERP DangdangService (2013)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - WD: a Wangdian-style PHP ERP DangdangClient (repository not identified)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//!
//! Notes:
//! - Side effects by order type \[1: DOC-140\]: 代发 COD orders in 等待配货 → full shipment + mark picked + print + manual ship; 代发 non-COD and 自发 COD only when 等待发货 / 已发货; 自发 non-COD: print only, waybill amount 0.
//! - Marked `write` (never retried automatically) because of these side effects, although it is a GET query.
//! - Verb GET \[2+: DOC-140, WF\].
//! - DG, HL and WD actually call `dangdang.order.receipt.details.list`; WF calls `…details.get`; the doc navigation lists both with the same title → \[inf\] same payload.
//! - Per-order failure: `orderID` + `operCode` + `operation` inside `courierReceiptDetail`; success when `operCode` is empty \[2+: HL, WF\].
//! - Result codes come from DG's map for the `.list` twin \[1\]; 2207 (more than 100 order ids) was seen on a sibling method.
//! - Do not mix up with `dangdang.order.expressbill.get`, whose DG bean spells the area fields without underscores (`consigneeAddrProvince`) and adds `orderType`, `productNum`.

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.order.receipt.details.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getMultiOrderCourierReceiptDetails.php";

/// Request for `dangdang.order.receipt.details.get` (getMultiOrderCourierReceiptDetails.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.order.receipt.details.get")]
#[doc(alias = "getMultiOrderCourierReceiptDetails.php")]
#[doc(alias = "getMultiOrderCourierReceiptDetails")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order ids (the wire value is comma-separated).
    ///
    /// Wire name: `o` (integer).
    /// A list: sent as one value, the entries joined with `,`.
    /// At most 100 entries (checked before sending).
    /// Limits: at most 100 orders (DG error 2207 on a sibling method says the same).
    /// Certainty: \[2+\] DOC-140, HL (joins several ids), WF; ids are `long` everywhere else \[2+\].
    #[doc(alias = "o")]
    pub order_ids: Vec<i64>,
    /// Transport-mode code from the `type` node of dangdang.shop.carriagetype.get (e.g. 999 none, 1 air, 2 road); when omitted the shop's configured default applies.
    ///
    /// Wire name: `shippingType` (code table [`ReceiptShippingType`](crate::types::ReceiptShippingType)).
    /// Certainty: \[1\] DOC-140.
    pub shipping_type: Option<crate::types::ReceiptShippingType>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with every required parameter; optional ones start unset.
    pub fn new(order_ids: impl IntoIterator<Item = i64>) -> Self {
        Self {
            order_ids: order_ids.into_iter().collect(),
            shipping_type: None,
            extra_params: Vec::new(),
        }
    }

    /// Transport-mode code from the `type` node of dangdang.shop.carriagetype.get (e.g. 999 none, 1 air, 2 road); when omitted the shop's configured default applies.
    ///
    /// Wire name: `shippingType` (code table [`ReceiptShippingType`](crate::types::ReceiptShippingType)).
    /// Certainty: \[1\] DOC-140.
    pub fn shipping_type(
        mut self,
        shipping_type: crate::types::ReceiptShippingType,
    ) -> Self {
        self.shipping_type = Some(shipping_type);
        self
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

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDER_RECEIPT_DETAILS_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        crate::rt::check_count(METHOD, "o", self.order_ids.len(), 100)?;
        let joined = self
            .order_ids
            .iter()
            .map(crate::wire::text)
            .collect::<Vec<_>>()
            .join(",");
        params.req("o", &joined);
        params.opt("shippingType", &self.shipping_type);
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// 获取订单面单详情 — Courier waybill (面单) data for up to 100 orders; depending on the order type the call also ships or marks orders (see notes).
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
    /// One waybill record per requested order.
    ///
    /// Wire name: `orderCourierReceiptDetails` › `courierReceiptDetail*`.
    /// Certainty: structure \[2+\] DOC-140, DG, HL, WF, WD.
    pub order_courier_receipt_details: Vec<CourierReceiptDetail>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            order_courier_receipt_details: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"orderCourierReceiptDetails") => {
                    decoder
                        .list_of(
                            b"courierReceiptDetail",
                            &mut out.order_courier_receipt_details,
                        )?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Waybill data of one order, or its failure (`operCode` + `operation`).
///
/// Element `courierReceiptDetail`.
/// Certainty: receiptTitle … sendGoodsTime \[2+\] DG bean for the `.list` sibling, HL parser, EF table; rejectWarehouse \[2+\] DG, HL; orderOperCode, payType \[1\] DG; operCode/operation \[2+\] HL, WF.
///
/// To build one in a test: `let mut value = CourierReceiptDetail::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CourierReceiptDetail {
    /// Waybill title (meaning by name only).
    ///
    /// Wire name: `receiptTitle` (text).
    pub receipt_title: Option<String>,
    /// Shop warehouse (meaning by name only).
    ///
    /// Wire name: `shopWarehouse` (text).
    pub shop_warehouse: Option<String>,
    /// Shipping warehouse (meaning by name only).
    ///
    /// Wire name: `sendGoodsWarehouse` (text).
    pub send_goods_warehouse: Option<String>,
    /// Warehouse for rejected parcels (meaning by name only).
    ///
    /// Wire name: `rejectWarehouse` (text).
    /// Certainty: \[2+\] DG, HL.
    pub reject_warehouse: Option<String>,
    /// Courier company (meaning by name only).
    ///
    /// Wire name: `expressCompany` (text).
    pub express_company: Option<String>,
    /// 订单编号 — Dangdang order id, on success and on failure.
    ///
    /// Wire name: `orderID` (integer).
    /// Certainty: \[2+\] DG, HL, WF (a failed order is `orderID` + `operCode` + `operation`); in every published example.
    pub order_id: i64,
    /// When the order was placed.
    ///
    /// Wire name: `orderCreateTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub order_create_time: Option<crate::BeijingTime>,
    /// 收货人姓名 — Consignee name.
    ///
    /// Wire name: `consigneeName` (text; buyer personal data, redacted in `Debug`).
    pub consignee_name: Option<crate::Personal>,
    /// 收货地址 — Consignee address.
    ///
    /// Wire name: `consigneeAddr` (text; buyer personal data, redacted in `Debug`).
    pub consignee_addr: Option<crate::Personal>,
    /// 国家 — Country.
    ///
    /// Wire name: `consigneeAddr_State` (text; buyer personal data, redacted in `Debug`).
    pub consignee_addr_state: Option<crate::Personal>,
    /// 省份 — Province.
    ///
    /// Wire name: `consigneeAddr_Province` (text; buyer personal data, redacted in `Debug`).
    pub consignee_addr_province: Option<crate::Personal>,
    /// 城市 — City.
    ///
    /// Wire name: `consigneeAddr_City` (text; buyer personal data, redacted in `Debug`).
    pub consignee_addr_city: Option<crate::Personal>,
    /// 区县 — District.
    ///
    /// Wire name: `consigneeAddr_Area` (text; buyer personal data, redacted in `Debug`).
    pub consignee_addr_area: Option<crate::Personal>,
    /// 邮编 — Postcode.
    ///
    /// Wire name: `consigneePostcode` (text; buyer personal data, redacted in `Debug`).
    pub consignee_postcode: Option<crate::Personal>,
    /// 收货人固定电话 — Consignee landline.
    ///
    /// Wire name: `consigneeTel` (text; buyer personal data, redacted in `Debug`).
    pub consignee_tel: Option<crate::Personal>,
    /// 收货人手机 — Consignee mobile.
    ///
    /// Wire name: `consigneeMobileTel` (text; buyer personal data, redacted in `Debug`).
    pub consignee_mobile_tel: Option<crate::Personal>,
    /// Shop name.
    ///
    /// Wire name: `shopName` (text).
    pub shop_name: Option<String>,
    /// Shop id.
    ///
    /// Wire name: `shopID` (text).
    pub shop_id: Option<String>,
    /// Sender name.
    ///
    /// Wire name: `consignerName` (text).
    pub consigner_name: Option<String>,
    /// Sender phone.
    ///
    /// Wire name: `consignerTel` (text).
    pub consigner_tel: Option<String>,
    /// Sender address.
    ///
    /// Wire name: `consignerAddr` (text).
    pub consigner_addr: Option<String>,
    /// Amount to collect on delivery (sic: Bargin).
    ///
    /// Wire name: `totalBarginPrice` (decimal yuan).
    #[doc(alias = "totalBarginPrice")]
    pub total_bargain_price: Option<crate::Decimal>,
    /// Delivery-time wish, as text.
    ///
    /// Wire name: `sendGoodsTime` (text).
    pub send_goods_time: Option<String>,
    /// Order operation code; meaning and values not documented (every value is `Other`, raw).
    ///
    /// Wire name: `orderOperCode` (code table [`ReceiptOrderOperCode`](crate::types::ReceiptOrderOperCode)).
    /// Certainty: \[1\] DG.
    pub order_oper_code: Option<crate::types::ReceiptOrderOperCode>,
    /// Payment type; values not documented.
    ///
    /// Wire name: `payType` (text).
    /// Certainty: \[1\] DG.
    pub pay_type: Option<String>,
    /// Failure code; present only when this order failed.
    ///
    /// Wire name: `operCode` (code table [`ReceiptDetailsResultCode`](crate::types::ReceiptDetailsResultCode)).
    /// Certainty: \[2+\] HL, WF.
    pub oper_code: Option<crate::types::ReceiptDetailsResultCode>,
    /// Failure text; present only when this order failed.
    ///
    /// Wire name: `operation` (text).
    /// Certainty: \[2+\] HL, WF.
    pub operation: Option<String>,
}

impl crate::xml_decode::FromXml for CourierReceiptDetail {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut receipt_title = None;
        let mut shop_warehouse = None;
        let mut send_goods_warehouse = None;
        let mut reject_warehouse = None;
        let mut express_company = None;
        let mut order_id = None;
        let mut order_create_time = None;
        let mut consignee_name = None;
        let mut consignee_addr = None;
        let mut consignee_addr_state = None;
        let mut consignee_addr_province = None;
        let mut consignee_addr_city = None;
        let mut consignee_addr_area = None;
        let mut consignee_postcode = None;
        let mut consignee_tel = None;
        let mut consignee_mobile_tel = None;
        let mut shop_name = None;
        let mut shop_id = None;
        let mut consigner_name = None;
        let mut consigner_tel = None;
        let mut consigner_addr = None;
        let mut total_bargain_price = None;
        let mut send_goods_time = None;
        let mut order_oper_code = None;
        let mut pay_type = None;
        let mut oper_code = None;
        let mut operation = None;
        loop {
            match decoder.next_child()? {
                Some(b"receiptTitle") => receipt_title = decoder.opt()?,
                Some(b"shopWarehouse") => shop_warehouse = decoder.opt()?,
                Some(b"sendGoodsWarehouse") => send_goods_warehouse = decoder.opt()?,
                Some(b"rejectWarehouse") => reject_warehouse = decoder.opt()?,
                Some(b"expressCompany") => express_company = decoder.opt()?,
                Some(b"orderID") => order_id = Some(decoder.required()?),
                Some(b"orderCreateTime") => order_create_time = decoder.opt()?,
                Some(b"consigneeName") => consignee_name = decoder.opt()?,
                Some(b"consigneeAddr") => consignee_addr = decoder.opt()?,
                Some(b"consigneeAddr_State") => consignee_addr_state = decoder.opt()?,
                Some(b"consigneeAddr_Province") => {
                    consignee_addr_province = decoder.opt()?;
                }
                Some(b"consigneeAddr_City") => consignee_addr_city = decoder.opt()?,
                Some(b"consigneeAddr_Area") => consignee_addr_area = decoder.opt()?,
                Some(b"consigneePostcode") => consignee_postcode = decoder.opt()?,
                Some(b"consigneeTel") => consignee_tel = decoder.opt()?,
                Some(b"consigneeMobileTel") => consignee_mobile_tel = decoder.opt()?,
                Some(b"shopName") => shop_name = decoder.opt()?,
                Some(b"shopID") => shop_id = decoder.opt()?,
                Some(b"consignerName") => consigner_name = decoder.opt()?,
                Some(b"consignerTel") => consigner_tel = decoder.opt()?,
                Some(b"consignerAddr") => consigner_addr = decoder.opt()?,
                Some(b"totalBarginPrice") => total_bargain_price = decoder.opt()?,
                Some(b"sendGoodsTime") => send_goods_time = decoder.opt()?,
                Some(b"orderOperCode") => order_oper_code = decoder.opt()?,
                Some(b"payType") => pay_type = decoder.opt()?,
                Some(b"operCode") => oper_code = decoder.opt()?,
                Some(b"operation") => operation = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            receipt_title,
            shop_warehouse,
            send_goods_warehouse,
            reject_warehouse,
            express_company,
            order_id: order_id.ok_or_else(|| decoder.missing("orderID"))?,
            order_create_time,
            consignee_name,
            consignee_addr,
            consignee_addr_state,
            consignee_addr_province,
            consignee_addr_city,
            consignee_addr_area,
            consignee_postcode,
            consignee_tel,
            consignee_mobile_tel,
            shop_name,
            shop_id,
            consigner_name,
            consigner_tel,
            consigner_addr,
            total_bargain_price,
            send_goods_time,
            order_oper_code,
            pay_type,
            oper_code,
            operation,
        })
    }
}

impl Response {
    /// The entries of `orderCourierReceiptDetails` › `courierReceiptDetail*` that failed: those whose `operCode` is not `0` (success), each with its code.
    ///
    /// [`ReceiptDetailsResultCode::meaning`](crate::types::ReceiptDetailsResultCode::meaning) says what a known code means; an unknown one is `ReceiptDetailsResultCode::Other` with the raw code.
    pub fn failures(
        &self,
    ) -> Vec<(&CourierReceiptDetail, &crate::types::ReceiptDetailsResultCode)> {
        crate::types::failed(
            self.order_courier_receipt_details.iter(),
            |entry| entry.oper_code.as_ref(),
        )
    }
}

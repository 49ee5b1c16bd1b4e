// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.order.details.get`: 查询订单详情 — Get one order with its buyer, consignee, lines, promotions and invoice.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getOrderDetail.php`
//! - Transport: GET, parameters in the query string
//! - Safety: read (safe to retry)
//! - Provenance: documented
//!
//! Sources:
//! - DOC-133: Official doc page 133 (order.details.get), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=133>
//! - DG: barnet0/tests: Digiwin ECIMS middleware, JAXB beans and operCode maps (2015-2017)
//! - DS: a C# SDK DdSdk (repository not identified)
//! - WF: lian233/Code_bak and other copies of the wofu ERP (netshop.dangdang)
//! - HL: halentest/dongganjituan: Java shop ERP DangdangService (2013)
//! - EF: Baison eFAST PHP adapter DangdangAPIModel and its MySQL column comments (repository not identified)
//! - WD: a Wangdian-style PHP ERP DangdangClient (repository not identified)
//! - DC: a PHP distributor sync dangdang11Cron.php, 2018 (repository not identified)
//!
//! Notes:
//! - Verb GET \[2+: DOC-133, DS\]; DG and WD POST forms.
//! - Versions \[1: DOC-133\]: v1.1 (2017-06) added orderStatus, couponId, couponProvider, eReceiptAddress; v1.2 added taxpayerId; v2.0 (2021-06) added totalBarginPrice and gatherSalesPromoDeductAmount; v4.0 (2021-08) encrypts consignee fields and adds encrypt_content.
//! - `Is_DangdangReceipt` placement conflicts: DG puts it in receiptInfo, WF reads it from sendGoodsInfo; \[inf\] most likely receiptInfo.
//! - Misspellings kept: `promoDicount`, `totalBarginPrice`. `ItemsList` is capitalised here.
//! - The energy-subsidy block (individual_or_company, name, code, bank, banking_account) is 'currently not returned' (EF) and is not modelled.
//!
//! Result codes:
//! - `35`: 订单编号错误 — Wrong order id. (\[1\] DG error map)

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.order.details.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getOrderDetail.php";

/// Request for `dangdang.order.details.get` (getOrderDetail.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.order.details.get")]
#[doc(alias = "getOrderDetail.php")]
#[doc(alias = "getOrderDetail")]
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order id; exactly one order per call (the doc recommends querying by `o`).
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[2+\] DOC-133, DG, DS, WF, HL, EF, WD, DC.
    pub order_id: Option<i64>,
    /// 外部订单编号 — Seller's external order id (package or parent); both may be sent.
    ///
    /// Wire name: `outerOrderID` (text).
    /// Certainty: \[2+\] DOC-133, DS.
    pub outer_order_id: Option<String>,
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self {
            order_id: None,
            outer_order_id: None,
            extra_params: Vec::new(),
        }
    }

    /// 订单编号 — Dangdang order id; exactly one order per call (the doc recommends querying by `o`).
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[2+\] DOC-133, DG, DS, WF, HL, EF, WD, DC.
    pub fn order_id(mut self, order_id: i64) -> Self {
        self.order_id = Some(order_id);
        self
    }

    /// 外部订单编号 — Seller's external order id (package or parent); both may be sent.
    ///
    /// Wire name: `outerOrderID` (text).
    /// Certainty: \[2+\] DOC-133, DS.
    pub fn outer_order_id(mut self, outer_order_id: impl Into<String>) -> Self {
        self.outer_order_id = Some(outer_order_id.into());
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

    /// Checks the spec's client-side rules and builds the wire call.
    pub fn to_call(&self) -> Result<crate::call::ApiCall, crate::Error> {
        let mut params: Vec<(std::borrow::Cow<'static, str>, String)> = Vec::new();
        if let Some(value) = &self.order_id {
            let text = crate::wire::text(value);
            params.push(("o".into(), text));
        }
        if let Some(value) = &self.outer_order_id {
            let text = crate::wire::text(value);
            params.push(("outerOrderID".into(), text));
        }
        crate::call::check_one_of(
            METHOD,
            &[
                ("o", self.order_id.is_some()),
                ("outerOrderID", self.outer_order_id.is_some()),
            ],
        )?;
        for (name, value) in &self.extra_params {
            params.push((name.clone().into(), value.clone()));
        }
        Ok(crate::call::ApiCall {
            method: METHOD,
            transport: crate::call::Transport::Get,
            safety: crate::call::Safety::Read,
            params,
            upload: None,
        })
    }

    /// Sends this request; the same as [`Client::order_details_get`](crate::Client::order_details_get).
    pub async fn send(&self, client: &crate::Client) -> Result<Response, crate::Error> {
        client.order_details_get(self).await
    }

    /// Sends this request and waits for the reply, without an async runtime (feature `blocking`).
    #[cfg(feature = "blocking")]
    pub fn send_blocking(
        &self,
        client: &crate::blocking::Client,
    ) -> Result<Response, crate::Error> {
        client.block_on(self.send(client.inner()))
    }
}

/// 查询订单详情 — Get one order with its buyer, consignee, lines, promotions and invoice.
///
/// Element `response`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct Response {
    /// `functionID` as echoed by the server (not reliable: often the legacy script name or misspelled).
    #[serde(
        rename = "functionID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub function_id: Option<String>,
    /// `time`: when the server answered, Beijing time.
    #[serde(rename = "time", default, deserialize_with = "crate::wire::de::parsed")]
    pub time: Option<crate::BeijingTime>,
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    /// Certainty: \[2+\] DG, WF, HL, DOC-133.
    #[serde(rename = "orderID", default, deserialize_with = "crate::wire::de::parsed")]
    pub order_id: Option<i64>,
    /// 订单状态 — Order state.
    ///
    /// Wire name: `orderState` (code table [`OrderState`](crate::types::OrderState)).
    #[serde(
        rename = "orderState",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub order_state: Option<crate::types::OrderState>,
    /// 订单状态 — Order state (v1.1+; the example shows the same value as orderState).
    ///
    /// Wire name: `orderStatus` (code table [`OrderState`](crate::types::OrderState)).
    /// Certainty: \[1\] DOC-133.
    #[serde(
        rename = "orderStatus",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub order_status: Option<crate::types::OrderState>,
    /// 买家留言 — Buyer's message.
    ///
    /// Wire name: `message` (text).
    #[serde(rename = "message", default, deserialize_with = "crate::wire::de::parsed")]
    pub message: Option<String>,
    /// 商家备注 — Seller remark.
    ///
    /// Wire name: `remark` (text).
    #[serde(rename = "remark", default, deserialize_with = "crate::wire::de::parsed")]
    pub remark: Option<String>,
    /// 标记 — Colour label.
    ///
    /// Wire name: `label` (code table [`OrderLabel`](crate::types::OrderLabel)).
    #[serde(rename = "label", default, deserialize_with = "crate::wire::de::parsed")]
    pub label: Option<crate::types::OrderLabel>,
    /// 父订单编号 — Parent order id.
    ///
    /// Wire name: `parentOrderID` (text).
    #[serde(
        rename = "parentOrderID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub parent_order_id: Option<String>,
    /// 外部订单编号 — Seller's external order id.
    ///
    /// Wire name: `outerOrderID` (text).
    #[serde(
        rename = "outerOrderID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub outer_order_id: Option<String>,
    /// 最后修改时间 — Last modified, includes state changes; defaults to the order time.
    ///
    /// Wire name: `lastModifyTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "lastModifyTime",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub last_modify_time: Option<crate::BeijingTime>,
    /// 礼品卡费用 — Gift-card charge.
    ///
    /// Wire name: `giftCardCharge` (decimal yuan).
    /// Certainty: \[1\] DG.
    #[serde(
        rename = "giftCardCharge",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub gift_card_charge: Option<crate::Decimal>,
    /// Gift-card charge sent.
    ///
    /// Wire name: `sendGiftCardCharge` (decimal yuan).
    /// Certainty: \[1\] DG.
    #[serde(
        rename = "sendGiftCardCharge",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub send_gift_card_charge: Option<crate::Decimal>,
    /// Gift-card charge missing.
    ///
    /// Wire name: `lackGiftCardCharge` (decimal yuan).
    /// Certainty: \[1\] DG.
    #[serde(
        rename = "lackGiftCardCharge",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub lack_gift_card_charge: Option<crate::Decimal>,
    /// 是否已打印快递单 — Whether the waybill was printed.
    ///
    /// Wire name: `isCourierReceiptDetail` (text).
    #[serde(
        rename = "isCourierReceiptDetail",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub is_courier_receipt_detail: Option<String>,
    /// 付款时间 — Payment time.
    ///
    /// Wire name: `paymentDate` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "paymentDate",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub payment_date: Option<crate::BeijingTime>,
    /// 发货方式 — Who ships.
    ///
    /// Wire name: `orderMode` (code table [`OrderMode`](crate::types::OrderMode)).
    #[serde(rename = "orderMode", default, deserialize_with = "crate::wire::de::parsed")]
    pub order_mode: Option<crate::types::OrderMode>,
    /// 发货时间 — Shipping time.
    ///
    /// Wire name: `sendDate` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(rename = "sendDate", default, deserialize_with = "crate::wire::de::parsed")]
    pub send_date: Option<crate::BeijingTime>,
    /// 是否预售 — Pre-sale order.
    ///
    /// Wire name: `isPresale` (`1` / `0`).
    #[serde(rename = "isPresale", default, deserialize_with = "crate::wire::de::flag01")]
    pub is_presale: Option<bool>,
    /// 订单操作记录 — The order's history.
    ///
    /// Wire name: `OrderOperateList` › `OperateInfo*`.
    /// Certainty: \[2+\] DG, WF, EF, WD.
    #[serde(
        rename = "OrderOperateList",
        default,
        deserialize_with = "Response::de_order_operate_list"
    )]
    pub order_operate_list: Vec<OperateInfo>,
    /// 买家付款信息 — What the buyer paid and how.
    ///
    /// Wire name: `buyerInfo`.
    /// Certainty: \[2+\] DG, WF, EF; custPointUsed \[1\] DG.
    #[serde(rename = "buyerInfo", default)]
    pub buyer_info: Option<BuyerInfo>,
    /// 收货及配送信息 — Consignee and delivery.
    ///
    /// Wire name: `sendGoodsInfo`.
    /// Certainty: \[2+\] DG, DS, WF, HL, EF; the four …Code fields \[1\] DG.
    #[serde(rename = "sendGoodsInfo", default)]
    pub send_goods_info: Option<SendGoodsInfo>,
    /// 商品列表 — Order lines.
    ///
    /// Wire name: `ItemsList` › `ItemInfo*`.
    #[serde(rename = "ItemsList", default, deserialize_with = "Response::de_items_list")]
    pub items_list: Vec<ItemInfo>,
    /// 促销列表 — Promotions applied to the order.
    ///
    /// Wire name: `PromoList` › `promoItem*`.
    /// Certainty: \[2+\] DG, EF, WD.
    #[serde(rename = "PromoList", default, deserialize_with = "Response::de_promo_list")]
    pub promo_list: Vec<PromoItem>,
    /// 发票信息 — Invoice; absent when no invoice was requested.
    ///
    /// Wire name: `receiptInfo`.
    /// Certainty: receiptName, receiptDetails, receiptMoney \[2+\] DG, WF, D1, EF, DS; receiptTel, receiptType \[1\] DG.
    #[serde(rename = "receiptInfo", default)]
    pub receipt_info: Option<ReceiptInfo>,
    /// 原始订单编号 — Original order id.
    ///
    /// Wire name: `originalOrderId` (text).
    /// Certainty: \[1\] DG.
    #[serde(
        rename = "originalOrderId",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub original_order_id: Option<String>,
    /// 电子发票地址 — E-invoice address (DOC-133 calls it eReceiptAddress; spelling unresolved).
    ///
    /// Wire name: `einvoiceAddress` (text).
    /// Certainty: \[1\] DG.
    #[serde(
        rename = "einvoiceAddress",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub einvoice_address: Option<String>,
    /// 仓库编号 — Warehouse id.
    ///
    /// Wire name: `warehouseID` (text).
    /// Certainty: \[1\] DG.
    #[serde(
        rename = "warehouseID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub warehouse_id: Option<String>,
}

impl Response {
    /// Reads the `<OperateInfo>` children of `<OrderOperateList>`, ignoring any others.
    fn de_order_operate_list<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<OperateInfo>, D::Error> {
        crate::wire::de::list_of(deserializer, "OperateInfo")
    }

    /// Reads the `<ItemInfo>` children of `<ItemsList>`, ignoring any others.
    fn de_items_list<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<ItemInfo>, D::Error> {
        crate::wire::de::list_of(deserializer, "ItemInfo")
    }

    /// Reads the `<promoItem>` children of `<PromoList>`, ignoring any others.
    fn de_promo_list<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Vec<PromoItem>, D::Error> {
        crate::wire::de::list_of(deserializer, "promoItem")
    }
}

/// One history entry.
///
/// Element `OperateInfo`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct OperateInfo {
    /// 操作人 — Who acted.
    ///
    /// Wire name: `operateRole` (text).
    #[serde(
        rename = "operateRole",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub operate_role: Option<String>,
    /// 操作时间 — When.
    ///
    /// Wire name: `operateTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    #[serde(
        rename = "operateTime",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub operate_time: Option<crate::BeijingTime>,
    /// 操作内容 — What happened, e.g. 顾客下单.
    ///
    /// Wire name: `operateDetails` (text).
    #[serde(
        rename = "operateDetails",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub operate_details: Option<String>,
    /// 退货单号 — Return order id.
    ///
    /// Wire name: `returnOrderID` (text).
    /// Certainty: \[1\] WF.
    #[serde(
        rename = "returnOrderID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub return_order_id: Option<String>,
}

/// 买家付款信息 — What the buyer paid and how.
///
/// Element `buyerInfo`.
/// Certainty: \[2+\] DG, WF, EF; custPointUsed \[1\] DG.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct BuyerInfo {
    /// 付款方式 — How the buyer pays.
    ///
    /// Wire name: `buyerPayMode` (code table [`BuyerPayMode`](crate::types::BuyerPayMode)).
    #[serde(
        rename = "buyerPayMode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub buyer_pay_mode: Option<crate::types::BuyerPayMode>,
    /// 商家应收货款 — Amount receivable by the seller.
    ///
    /// Wire name: `goodsMoney` (decimal yuan).
    #[serde(
        rename = "goodsMoney",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub goods_money: Option<crate::Decimal>,
    /// 实际支付金额 — Paid online: bank + gift card + Dangdang balance.
    ///
    /// Wire name: `realPaidAmount` (decimal yuan).
    #[serde(
        rename = "realPaidAmount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub real_paid_amount: Option<crate::Decimal>,
    /// 网银满额减 — Online-bank full-amount discount.
    ///
    /// Wire name: `deductAmount` (decimal yuan).
    #[serde(
        rename = "deductAmount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub deduct_amount: Option<crate::Decimal>,
    /// 顾客需支付现金 — Cash the buyer must pay (sic).
    ///
    /// Wire name: `totalBarginPrice` (decimal yuan).
    #[serde(
        rename = "totalBarginPrice",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub total_bargin_price: Option<crate::Decimal>,
    /// 订单级促销优惠 — Order-level promotion discount.
    ///
    /// Wire name: `promoDeductAmount` (decimal yuan).
    #[serde(
        rename = "promoDeductAmount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub promo_deduct_amount: Option<crate::Decimal>,
    /// 运费 — Postage.
    ///
    /// Wire name: `postage` (decimal yuan).
    #[serde(rename = "postage", default, deserialize_with = "crate::wire::de::parsed")]
    pub postage: Option<crate::Decimal>,
    /// 礼券金额 — Gift certificate amount.
    ///
    /// Wire name: `giftCertMoney` (decimal yuan).
    #[serde(
        rename = "giftCertMoney",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub gift_cert_money: Option<crate::Decimal>,
    /// 礼品卡金额 — Gift card amount.
    ///
    /// Wire name: `giftCardMoney` (decimal yuan).
    #[serde(
        rename = "giftCardMoney",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub gift_card_money: Option<crate::Decimal>,
    /// 账户余额支付 — Paid from the Dangdang balance.
    ///
    /// Wire name: `accountBalance` (decimal yuan).
    #[serde(
        rename = "accountBalance",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub account_balance: Option<crate::Decimal>,
    /// 手机专享优惠 — Mobile discount.
    ///
    /// Wire name: `activityDeductAmount` (decimal yuan).
    #[serde(
        rename = "activityDeductAmount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub activity_deduct_amount: Option<crate::Decimal>,
    /// 使用积分 — Customer points used.
    ///
    /// Wire name: `custPointUsed` (decimal yuan).
    #[serde(
        rename = "custPointUsed",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub cust_point_used: Option<crate::Decimal>,
    /// 积分抵扣金额 — Amount paid with points.
    ///
    /// Wire name: `pointDeductionAmount` (decimal yuan).
    #[serde(
        rename = "pointDeductionAmount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub point_deduction_amount: Option<crate::Decimal>,
}

/// 收货及配送信息 — Consignee and delivery.
///
/// Element `sendGoodsInfo`.
/// Certainty: \[2+\] DG, DS, WF, HL, EF; the four …Code fields \[1\] DG.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct SendGoodsInfo {
    /// 当当账号 — Buyer's Dangdang account.
    ///
    /// Wire name: `dangdangAccountID` (text).
    #[serde(
        rename = "dangdangAccountID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub dangdang_account_id: Option<String>,
    /// 收货人姓名 — Consignee name (encrypted from 2021-09-01).
    ///
    /// Wire name: `consigneeName` (text).
    #[serde(
        rename = "consigneeName",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_name: Option<String>,
    /// 收货地址 — Full address: country, province, city, area, street (encrypted from 2021-09-01).
    ///
    /// Wire name: `consigneeAddr` (text).
    #[serde(
        rename = "consigneeAddr",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr: Option<String>,
    /// 国家 — Country.
    ///
    /// Wire name: `consigneeAddr_State` (text).
    #[serde(
        rename = "consigneeAddr_State",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_state: Option<String>,
    /// 省份 — Province.
    ///
    /// Wire name: `consigneeAddr_Province` (text).
    #[serde(
        rename = "consigneeAddr_Province",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_province: Option<String>,
    /// 城市 — City.
    ///
    /// Wire name: `consigneeAddr_City` (text).
    #[serde(
        rename = "consigneeAddr_City",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_city: Option<String>,
    /// 区县 — District.
    ///
    /// Wire name: `consigneeAddr_Area` (text).
    #[serde(
        rename = "consigneeAddr_Area",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_area: Option<String>,
    /// 国家编码 — Country code.
    ///
    /// Wire name: `consigneeAddr_StateCode` (text).
    #[serde(
        rename = "consigneeAddr_StateCode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_state_code: Option<String>,
    /// 省份编码 — Province code.
    ///
    /// Wire name: `consigneeAddr_ProvinceCode` (text).
    #[serde(
        rename = "consigneeAddr_ProvinceCode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_province_code: Option<String>,
    /// 城市编码 — City code.
    ///
    /// Wire name: `consigneeAddr_CityCode` (text).
    #[serde(
        rename = "consigneeAddr_CityCode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_city_code: Option<String>,
    /// 区县编码 — District code.
    ///
    /// Wire name: `consigneeAddr_AreaCode` (text).
    #[serde(
        rename = "consigneeAddr_AreaCode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_addr_area_code: Option<String>,
    /// 邮编 — Postcode.
    ///
    /// Wire name: `consigneePostcode` (text).
    #[serde(
        rename = "consigneePostcode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_postcode: Option<String>,
    /// 收货人固定电话 — Consignee landline.
    ///
    /// Wire name: `consigneeTel` (text).
    #[serde(
        rename = "consigneeTel",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_tel: Option<String>,
    /// 收货人手机 — Consignee mobile.
    ///
    /// Wire name: `consigneeMobileTel` (text).
    #[serde(
        rename = "consigneeMobileTel",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub consignee_mobile_tel: Option<String>,
    /// 送货方式 — Delivery mode text.
    ///
    /// Wire name: `sendGoodsMode` (text).
    #[serde(
        rename = "sendGoodsMode",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub send_goods_mode: Option<String>,
    /// 快递公司 — Courier company.
    ///
    /// Wire name: `sendCompany` (text).
    #[serde(
        rename = "sendCompany",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub send_company: Option<String>,
    /// 快递单号 — Courier waybill number.
    ///
    /// Wire name: `sendOrderID` (text).
    #[serde(
        rename = "sendOrderID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub send_order_id: Option<String>,
    /// 当当仓库地址 — Where 代发 sellers ship to.
    ///
    /// Wire name: `DangdangWarehouseAddr` (text).
    #[serde(
        rename = "DangdangWarehouseAddr",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub dangdang_warehouse_addr: Option<String>,
}

/// One order line.
///
/// Element `ItemInfo`.
/// Certainty: core \[2+\] DG, DS, WF, HL, EF; sendGoodsCount, belongProductsPromoID, productItemId \[2+\] DG, DS, EF; giftCardCharge \[1\] DG.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct ItemInfo {
    /// 商品编号 — Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    #[serde(rename = "itemID", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_id: Option<i64>,
    /// 企业商品标识符 — Seller item code.
    ///
    /// Wire name: `outerItemID` (text).
    #[serde(
        rename = "outerItemID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub outer_item_id: Option<String>,
    /// 商品名称 — Item title.
    ///
    /// Wire name: `itemName` (text).
    #[serde(rename = "itemName", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_name: Option<String>,
    /// 商品类型 — Product or gift.
    ///
    /// Wire name: `itemType` (code table [`OrderItemType`](crate::types::OrderItemType)).
    #[serde(rename = "itemType", default, deserialize_with = "crate::wire::de::parsed")]
    pub item_type: Option<crate::types::OrderItemType>,
    /// 销售属性 — Sale attributes, `颜色>>军绿;鞋码>>38`.
    ///
    /// Wire name: `specialAttribute` (text).
    #[serde(
        rename = "specialAttribute",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub special_attribute: Option<String>,
    /// 市场价 — Market price.
    ///
    /// Wire name: `marketPrice` (decimal yuan).
    #[serde(
        rename = "marketPrice",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub market_price: Option<crate::Decimal>,
    /// 是否节能补贴 — Energy subsidy applies.
    ///
    /// Wire name: `is_energySubsidy` (`1` / `0`).
    #[serde(
        rename = "is_energySubsidy",
        default,
        deserialize_with = "crate::wire::de::flag01"
    )]
    pub is_energy_subsidy: Option<bool>,
    /// 补贴金额 — Subsidy amount.
    ///
    /// Wire name: `subsidyPrice` (decimal yuan).
    #[serde(
        rename = "subsidyPrice",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub subsidy_price: Option<crate::Decimal>,
    /// 成交价 — Deal price.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    #[serde(rename = "unitPrice", default, deserialize_with = "crate::wire::de::parsed")]
    pub unit_price: Option<crate::Decimal>,
    /// 购买数量 — Quantity ordered.
    ///
    /// Wire name: `orderCount` (integer).
    #[serde(
        rename = "orderCount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub order_count: Option<i32>,
    /// 所属促销编号 — Promotion the line belongs to.
    ///
    /// Wire name: `belongProductsPromoID` (text).
    #[serde(
        rename = "belongProductsPromoID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub belong_products_promo_id: Option<String>,
    /// 发货数量 — Quantity shipped (only once shipped).
    ///
    /// Wire name: `sendGoodsCount` (integer).
    #[serde(
        rename = "sendGoodsCount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub send_goods_count: Option<i32>,
    /// 礼品卡费用 — Gift-card charge.
    ///
    /// Wire name: `giftCardCharge` (decimal yuan).
    #[serde(
        rename = "giftCardCharge",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub gift_card_charge: Option<crate::Decimal>,
    /// 订单行编号 — Line id, unique per product within a promotion.
    ///
    /// Wire name: `productItemId` (text).
    #[serde(
        rename = "productItemId",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub product_item_id: Option<String>,
}

/// One promotion.
///
/// Element `promoItem`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct PromoItem {
    /// 促销编号 — Promotion id.
    ///
    /// Wire name: `promotionID` (text).
    #[serde(
        rename = "promotionID",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub promotion_id: Option<String>,
    /// 促销名称 — Promotion name.
    ///
    /// Wire name: `promotionName` (text).
    #[serde(
        rename = "promotionName",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub promotion_name: Option<String>,
    /// 促销类型 — Promotion type.
    ///
    /// Wire name: `promotionType` (text).
    #[serde(
        rename = "promotionType",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub promotion_type: Option<String>,
    /// 促销优惠金额 — Amount per promotion (sic).
    ///
    /// Wire name: `promoDicount` (decimal yuan).
    #[serde(
        rename = "promoDicount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub promo_dicount: Option<crate::Decimal>,
    /// 促销数量 — Quantity.
    ///
    /// Wire name: `promoAmount` (integer).
    #[serde(
        rename = "promoAmount",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub promo_amount: Option<i32>,
}

/// 发票信息 — Invoice; absent when no invoice was requested.
///
/// Element `receiptInfo`.
/// Certainty: receiptName, receiptDetails, receiptMoney \[2+\] DG, WF, D1, EF, DS; receiptTel, receiptType \[1\] DG.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct ReceiptInfo {
    /// 发票抬头 — Invoice title.
    ///
    /// Wire name: `receiptName` (text).
    #[serde(
        rename = "receiptName",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub receipt_name: Option<String>,
    /// 发票内容 — Invoice details.
    ///
    /// Wire name: `receiptDetails` (text).
    #[serde(
        rename = "receiptDetails",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub receipt_details: Option<String>,
    /// 发票金额 — Invoice amount.
    ///
    /// Wire name: `receiptMoney` (decimal yuan).
    #[serde(
        rename = "receiptMoney",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub receipt_money: Option<crate::Decimal>,
    /// 是否当当开发票 — Who issues the invoice.
    ///
    /// Wire name: `Is_DangdangReceipt` (code table [`ReceiptIssuer`](crate::types::ReceiptIssuer)).
    #[serde(
        rename = "Is_DangdangReceipt",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub is_dangdang_receipt: Option<crate::types::ReceiptIssuer>,
    /// 发票电话 — Invoice phone.
    ///
    /// Wire name: `receiptTel` (text).
    #[serde(
        rename = "receiptTel",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub receipt_tel: Option<String>,
    /// 发票类型 — Invoice type.
    ///
    /// Wire name: `receiptType` (text).
    #[serde(
        rename = "receiptType",
        default,
        deserialize_with = "crate::wire::de::parsed"
    )]
    pub receipt_type: Option<String>,
}

impl crate::Client {
    /// `dangdang.order.details.get`: 查询订单详情 — Get one order with its buyer, consignee, lines, promotions and invoice.
    ///
    /// See [the module docs](self) and [`Request`]. Legacy: `getOrderDetail.php`.
    #[doc(alias = "dangdang.order.details.get")]
    #[doc(alias = "getOrderDetail.php")]
    #[doc(alias = "getOrderDetail")]
    pub async fn order_details_get(
        &self,
        request: &Request,
    ) -> Result<Response, crate::Error> {
        let call = request.to_call()?;
        let body = self.execute(call).await?;
        crate::decode::typed::<Response>(METHOD, &body)
    }
}

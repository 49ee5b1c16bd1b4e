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
//! - Misspellings kept on the wire, corrected in Rust (`promo_discount`, `total_bargain_price`, with the wire names as doc aliases): `promoDicount`, `totalBarginPrice`. `ItemsList` is capitalised here.
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
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// 订单编号 — Dangdang order id; exactly one order per call (the doc recommends querying by `o`).
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[2+\] DOC-133, DG, DS, WF, HL, EF, WD, DC.
    #[doc(alias = "o")]
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
        Self::default()
    }

    /// 订单编号 — Dangdang order id; exactly one order per call (the doc recommends querying by `o`).
    ///
    /// Wire name: `o` (integer).
    /// Certainty: \[2+\] DOC-133, DG, DS, WF, HL, EF, WD, DC.
    #[doc(alias = "o")]
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
}

impl crate::Method for Request {
    type Response = Response;

    const INFO: crate::MethodInfo = crate::generated::catalog::ORDER_DETAILS_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.opt("o", &self.order_id);
        params.opt("outerOrderID", &self.outer_order_id);
        params
            .one_of(
                &[
                    ("o", self.order_id.is_some()),
                    ("outerOrderID", self.outer_order_id.is_some()),
                ],
            )?;
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// 查询订单详情 — Get one order with its buyer, consignee, lines, promotions and invoice.
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
    /// 订单编号 — Dangdang order id.
    ///
    /// Wire name: `orderID` (integer).
    /// Certainty: \[2+\] DG, WF, HL, DOC-133; in every published example.
    pub order_id: i64,
    /// 订单状态 — Order state.
    ///
    /// Wire name: `orderState` (code table [`OrderState`](crate::types::OrderState)).
    pub order_state: Option<crate::types::OrderState>,
    /// 订单状态 — Order state (v1.1+; the example shows the same value as orderState).
    ///
    /// Wire name: `orderStatus` (code table [`OrderState`](crate::types::OrderState)).
    /// Certainty: \[1\] DOC-133.
    pub order_status: Option<crate::types::OrderState>,
    /// 买家留言 — Buyer's message.
    ///
    /// Wire name: `message` (text; buyer personal data, redacted in `Debug`).
    pub message: Option<crate::Personal>,
    /// 商家备注 — Seller remark.
    ///
    /// Wire name: `remark` (text).
    pub remark: Option<String>,
    /// 标记 — Colour label.
    ///
    /// Wire name: `label` (code table [`OrderLabel`](crate::types::OrderLabel)).
    pub label: Option<crate::types::OrderLabel>,
    /// 父订单编号 — Parent order id.
    ///
    /// Wire name: `parentOrderID` (text).
    pub parent_order_id: Option<String>,
    /// 外部订单编号 — Seller's external order id.
    ///
    /// Wire name: `outerOrderID` (text).
    pub outer_order_id: Option<String>,
    /// 最后修改时间 — Last modified, includes state changes; defaults to the order time.
    ///
    /// Wire name: `lastModifyTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub last_modify_time: Option<crate::BeijingTime>,
    /// 礼品卡费用 — Gift-card charge.
    ///
    /// Wire name: `giftCardCharge` (decimal yuan).
    /// Certainty: \[1\] DG.
    pub gift_card_charge: Option<crate::Decimal>,
    /// Gift-card charge sent.
    ///
    /// Wire name: `sendGiftCardCharge` (decimal yuan).
    /// Certainty: \[1\] DG.
    pub send_gift_card_charge: Option<crate::Decimal>,
    /// Gift-card charge missing.
    ///
    /// Wire name: `lackGiftCardCharge` (decimal yuan).
    /// Certainty: \[1\] DG.
    pub lack_gift_card_charge: Option<crate::Decimal>,
    /// 是否已打印快递单 — Whether the waybill was printed.
    ///
    /// Wire name: `isCourierReceiptDetail` (text).
    pub is_courier_receipt_detail: Option<String>,
    /// 付款时间 — Payment time.
    ///
    /// Wire name: `paymentDate` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub payment_date: Option<crate::BeijingTime>,
    /// 发货方式 — Who ships.
    ///
    /// Wire name: `orderMode` (code table [`OrderMode`](crate::types::OrderMode)).
    pub order_mode: Option<crate::types::OrderMode>,
    /// 发货时间 — Shipping time.
    ///
    /// Wire name: `sendDate` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub send_date: Option<crate::BeijingTime>,
    /// 是否预售 — Pre-sale order.
    ///
    /// Wire name: `isPresale` (`1` / `0`).
    pub is_presale: Option<bool>,
    /// 订单操作记录 — The order's history.
    ///
    /// Wire name: `OrderOperateList` › `OperateInfo*`.
    /// Certainty: \[2+\] DG, WF, EF, WD.
    pub order_operate_list: Vec<OperateInfo>,
    /// 买家付款信息 — What the buyer paid and how.
    ///
    /// Wire name: `buyerInfo`.
    /// Certainty: \[2+\] DG, WF, EF; custPointUsed \[1\] DG.
    pub buyer_info: Option<BuyerInfo>,
    /// 收货及配送信息 — Consignee and delivery.
    ///
    /// Wire name: `sendGoodsInfo`.
    /// Certainty: \[2+\] DG, DS, WF, HL, EF; the four …Code fields \[1\] DG.
    pub send_goods_info: Option<SendGoodsInfo>,
    /// 商品列表 — Order lines.
    ///
    /// Wire name: `ItemsList` › `ItemInfo*`.
    pub items_list: Vec<ItemInfo>,
    /// 促销列表 — Promotions applied to the order.
    ///
    /// Wire name: `PromoList` › `promoItem*`.
    /// Certainty: \[2+\] DG, EF, WD.
    pub promo_list: Vec<PromoItem>,
    /// 发票信息 — Invoice; absent when no invoice was requested.
    ///
    /// Wire name: `receiptInfo`.
    /// Certainty: receiptName, receiptDetails, receiptMoney \[2+\] DG, WF, D1, EF, DS; receiptTel, receiptType \[1\] DG.
    pub receipt_info: Option<ReceiptInfo>,
    /// 原始订单编号 — Original order id.
    ///
    /// Wire name: `originalOrderId` (text).
    /// Certainty: \[1\] DG.
    pub original_order_id: Option<String>,
    /// 电子发票地址 — E-invoice address (DOC-133 calls it eReceiptAddress; spelling unresolved).
    ///
    /// Wire name: `einvoiceAddress` (text; buyer personal data, redacted in `Debug`).
    /// Certainty: \[1\] DG.
    pub einvoice_address: Option<crate::Personal>,
    /// 仓库编号 — Warehouse id.
    ///
    /// Wire name: `warehouseID` (text).
    /// Certainty: \[1\] DG.
    pub warehouse_id: Option<String>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut function_id = None;
        let mut time = None;
        let mut order_id = None;
        let mut order_state = None;
        let mut order_status = None;
        let mut message = None;
        let mut remark = None;
        let mut label = None;
        let mut parent_order_id = None;
        let mut outer_order_id = None;
        let mut last_modify_time = None;
        let mut gift_card_charge = None;
        let mut send_gift_card_charge = None;
        let mut lack_gift_card_charge = None;
        let mut is_courier_receipt_detail = None;
        let mut payment_date = None;
        let mut order_mode = None;
        let mut send_date = None;
        let mut is_presale = None;
        let mut order_operate_list = Vec::new();
        let mut buyer_info = None;
        let mut send_goods_info = None;
        let mut items_list = Vec::new();
        let mut promo_list = Vec::new();
        let mut receipt_info = None;
        let mut original_order_id = None;
        let mut einvoice_address = None;
        let mut warehouse_id = None;
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => function_id = decoder.opt()?,
                Some(b"time") => time = decoder.opt()?,
                Some(b"orderID") => order_id = Some(decoder.required()?),
                Some(b"orderState") => order_state = decoder.opt()?,
                Some(b"orderStatus") => order_status = decoder.opt()?,
                Some(b"message") => message = decoder.opt()?,
                Some(b"remark") => remark = decoder.opt()?,
                Some(b"label") => label = decoder.opt()?,
                Some(b"parentOrderID") => parent_order_id = decoder.opt()?,
                Some(b"outerOrderID") => outer_order_id = decoder.opt()?,
                Some(b"lastModifyTime") => last_modify_time = decoder.opt()?,
                Some(b"giftCardCharge") => gift_card_charge = decoder.opt()?,
                Some(b"sendGiftCardCharge") => send_gift_card_charge = decoder.opt()?,
                Some(b"lackGiftCardCharge") => lack_gift_card_charge = decoder.opt()?,
                Some(b"isCourierReceiptDetail") => {
                    is_courier_receipt_detail = decoder.opt()?;
                }
                Some(b"paymentDate") => payment_date = decoder.opt()?,
                Some(b"orderMode") => order_mode = decoder.opt()?,
                Some(b"sendDate") => send_date = decoder.opt()?,
                Some(b"isPresale") => is_presale = decoder.flag01()?,
                Some(b"OrderOperateList") => {
                    decoder.list_of(b"OperateInfo", &mut order_operate_list)?
                }
                Some(b"buyerInfo") => buyer_info = decoder.opt_nested()?,
                Some(b"sendGoodsInfo") => send_goods_info = decoder.opt_nested()?,
                Some(b"ItemsList") => decoder.list_of(b"ItemInfo", &mut items_list)?,
                Some(b"PromoList") => decoder.list_of(b"promoItem", &mut promo_list)?,
                Some(b"receiptInfo") => receipt_info = decoder.opt_nested()?,
                Some(b"originalOrderId") => original_order_id = decoder.opt()?,
                Some(b"einvoiceAddress") => einvoice_address = decoder.opt()?,
                Some(b"warehouseID") => warehouse_id = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            function_id,
            time,
            order_id: order_id.ok_or_else(|| decoder.missing("orderID"))?,
            order_state,
            order_status,
            message,
            remark,
            label,
            parent_order_id,
            outer_order_id,
            last_modify_time,
            gift_card_charge,
            send_gift_card_charge,
            lack_gift_card_charge,
            is_courier_receipt_detail,
            payment_date,
            order_mode,
            send_date,
            is_presale,
            order_operate_list,
            buyer_info,
            send_goods_info,
            items_list,
            promo_list,
            receipt_info,
            original_order_id,
            einvoice_address,
            warehouse_id,
        })
    }
}

/// One history entry.
///
/// Element `OperateInfo`.
///
/// To build one in a test: `let mut value = OperateInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct OperateInfo {
    /// 操作人 — Who acted.
    ///
    /// Wire name: `operateRole` (text).
    pub operate_role: Option<String>,
    /// 操作时间 — When.
    ///
    /// Wire name: `operateTime` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub operate_time: Option<crate::BeijingTime>,
    /// 操作内容 — What happened, e.g. 顾客下单.
    ///
    /// Wire name: `operateDetails` (text).
    pub operate_details: Option<String>,
    /// 退货单号 — Return order id.
    ///
    /// Wire name: `returnOrderID` (text).
    /// Certainty: \[1\] WF.
    pub return_order_id: Option<String>,
}

impl crate::xml_decode::FromXml for OperateInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            operate_role: None,
            operate_time: None,
            operate_details: None,
            return_order_id: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"operateRole") => out.operate_role = decoder.opt()?,
                Some(b"operateTime") => out.operate_time = decoder.opt()?,
                Some(b"operateDetails") => out.operate_details = decoder.opt()?,
                Some(b"returnOrderID") => out.return_order_id = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// 买家付款信息 — What the buyer paid and how.
///
/// Element `buyerInfo`.
/// Certainty: \[2+\] DG, WF, EF; custPointUsed \[1\] DG.
///
/// To build one in a test: `let mut value = BuyerInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct BuyerInfo {
    /// 付款方式 — How the buyer pays.
    ///
    /// Wire name: `buyerPayMode` (code table [`BuyerPayMode`](crate::types::BuyerPayMode)).
    pub buyer_pay_mode: Option<crate::types::BuyerPayMode>,
    /// 商家应收货款 — Amount receivable by the seller.
    ///
    /// Wire name: `goodsMoney` (decimal yuan).
    pub goods_money: Option<crate::Decimal>,
    /// 实际支付金额 — Paid online: bank + gift card + Dangdang balance.
    ///
    /// Wire name: `realPaidAmount` (decimal yuan).
    pub real_paid_amount: Option<crate::Decimal>,
    /// 网银满额减 — Online-bank full-amount discount.
    ///
    /// Wire name: `deductAmount` (decimal yuan).
    pub deduct_amount: Option<crate::Decimal>,
    /// 顾客需支付现金 — Cash the buyer must pay (sic).
    ///
    /// Wire name: `totalBarginPrice` (decimal yuan).
    #[doc(alias = "totalBarginPrice")]
    pub total_bargain_price: Option<crate::Decimal>,
    /// 订单级促销优惠 — Order-level promotion discount.
    ///
    /// Wire name: `promoDeductAmount` (decimal yuan).
    pub promo_deduct_amount: Option<crate::Decimal>,
    /// 运费 — Postage.
    ///
    /// Wire name: `postage` (decimal yuan).
    pub postage: Option<crate::Decimal>,
    /// 礼券金额 — Gift certificate amount.
    ///
    /// Wire name: `giftCertMoney` (decimal yuan).
    pub gift_cert_money: Option<crate::Decimal>,
    /// 礼品卡金额 — Gift card amount.
    ///
    /// Wire name: `giftCardMoney` (decimal yuan).
    pub gift_card_money: Option<crate::Decimal>,
    /// 账户余额支付 — Paid from the Dangdang balance.
    ///
    /// Wire name: `accountBalance` (decimal yuan).
    pub account_balance: Option<crate::Decimal>,
    /// 手机专享优惠 — Mobile discount.
    ///
    /// Wire name: `activityDeductAmount` (decimal yuan).
    pub activity_deduct_amount: Option<crate::Decimal>,
    /// 使用积分 — Customer points used.
    ///
    /// Wire name: `custPointUsed` (decimal yuan).
    pub cust_point_used: Option<crate::Decimal>,
    /// 积分抵扣金额 — Amount paid with points.
    ///
    /// Wire name: `pointDeductionAmount` (decimal yuan).
    pub point_deduction_amount: Option<crate::Decimal>,
}

impl crate::xml_decode::FromXml for BuyerInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            buyer_pay_mode: None,
            goods_money: None,
            real_paid_amount: None,
            deduct_amount: None,
            total_bargain_price: None,
            promo_deduct_amount: None,
            postage: None,
            gift_cert_money: None,
            gift_card_money: None,
            account_balance: None,
            activity_deduct_amount: None,
            cust_point_used: None,
            point_deduction_amount: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"buyerPayMode") => out.buyer_pay_mode = decoder.opt()?,
                Some(b"goodsMoney") => out.goods_money = decoder.opt()?,
                Some(b"realPaidAmount") => out.real_paid_amount = decoder.opt()?,
                Some(b"deductAmount") => out.deduct_amount = decoder.opt()?,
                Some(b"totalBarginPrice") => out.total_bargain_price = decoder.opt()?,
                Some(b"promoDeductAmount") => out.promo_deduct_amount = decoder.opt()?,
                Some(b"postage") => out.postage = decoder.opt()?,
                Some(b"giftCertMoney") => out.gift_cert_money = decoder.opt()?,
                Some(b"giftCardMoney") => out.gift_card_money = decoder.opt()?,
                Some(b"accountBalance") => out.account_balance = decoder.opt()?,
                Some(b"activityDeductAmount") => {
                    out.activity_deduct_amount = decoder.opt()?;
                }
                Some(b"custPointUsed") => out.cust_point_used = decoder.opt()?,
                Some(b"pointDeductionAmount") => {
                    out.point_deduction_amount = decoder.opt()?;
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// 收货及配送信息 — Consignee and delivery.
///
/// Element `sendGoodsInfo`.
/// Certainty: \[2+\] DG, DS, WF, HL, EF; the four …Code fields \[1\] DG.
///
/// To build one in a test: `let mut value = SendGoodsInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct SendGoodsInfo {
    /// 当当账号 — Buyer's Dangdang account.
    ///
    /// Wire name: `dangdangAccountID` (text; buyer personal data, redacted in `Debug`).
    pub dangdang_account_id: Option<crate::Personal>,
    /// 收货人姓名 — Consignee name (encrypted from 2021-09-01).
    ///
    /// Wire name: `consigneeName` (text; buyer personal data, redacted in `Debug`).
    pub consignee_name: Option<crate::Personal>,
    /// 收货地址 — Full address: country, province, city, area, street (encrypted from 2021-09-01).
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
    /// 国家编码 — Country code.
    ///
    /// Wire name: `consigneeAddr_StateCode` (text).
    pub consignee_addr_state_code: Option<String>,
    /// 省份编码 — Province code.
    ///
    /// Wire name: `consigneeAddr_ProvinceCode` (text).
    pub consignee_addr_province_code: Option<String>,
    /// 城市编码 — City code.
    ///
    /// Wire name: `consigneeAddr_CityCode` (text).
    pub consignee_addr_city_code: Option<String>,
    /// 区县编码 — District code.
    ///
    /// Wire name: `consigneeAddr_AreaCode` (text).
    pub consignee_addr_area_code: Option<String>,
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
    /// 送货方式 — Delivery mode text.
    ///
    /// Wire name: `sendGoodsMode` (text).
    pub send_goods_mode: Option<String>,
    /// 快递公司 — Courier company.
    ///
    /// Wire name: `sendCompany` (text).
    pub send_company: Option<String>,
    /// 快递单号 — Courier waybill number.
    ///
    /// Wire name: `sendOrderID` (text).
    pub send_order_id: Option<String>,
    /// 当当仓库地址 — Where 代发 sellers ship to.
    ///
    /// Wire name: `DangdangWarehouseAddr` (text).
    pub dangdang_warehouse_addr: Option<String>,
}

impl crate::xml_decode::FromXml for SendGoodsInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            dangdang_account_id: None,
            consignee_name: None,
            consignee_addr: None,
            consignee_addr_state: None,
            consignee_addr_province: None,
            consignee_addr_city: None,
            consignee_addr_area: None,
            consignee_addr_state_code: None,
            consignee_addr_province_code: None,
            consignee_addr_city_code: None,
            consignee_addr_area_code: None,
            consignee_postcode: None,
            consignee_tel: None,
            consignee_mobile_tel: None,
            send_goods_mode: None,
            send_company: None,
            send_order_id: None,
            dangdang_warehouse_addr: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"dangdangAccountID") => out.dangdang_account_id = decoder.opt()?,
                Some(b"consigneeName") => out.consignee_name = decoder.opt()?,
                Some(b"consigneeAddr") => out.consignee_addr = decoder.opt()?,
                Some(b"consigneeAddr_State") => out.consignee_addr_state = decoder.opt()?,
                Some(b"consigneeAddr_Province") => {
                    out.consignee_addr_province = decoder.opt()?;
                }
                Some(b"consigneeAddr_City") => out.consignee_addr_city = decoder.opt()?,
                Some(b"consigneeAddr_Area") => out.consignee_addr_area = decoder.opt()?,
                Some(b"consigneeAddr_StateCode") => {
                    out.consignee_addr_state_code = decoder.opt()?;
                }
                Some(b"consigneeAddr_ProvinceCode") => {
                    out.consignee_addr_province_code = decoder.opt()?;
                }
                Some(b"consigneeAddr_CityCode") => {
                    out.consignee_addr_city_code = decoder.opt()?;
                }
                Some(b"consigneeAddr_AreaCode") => {
                    out.consignee_addr_area_code = decoder.opt()?;
                }
                Some(b"consigneePostcode") => out.consignee_postcode = decoder.opt()?,
                Some(b"consigneeTel") => out.consignee_tel = decoder.opt()?,
                Some(b"consigneeMobileTel") => out.consignee_mobile_tel = decoder.opt()?,
                Some(b"sendGoodsMode") => out.send_goods_mode = decoder.opt()?,
                Some(b"sendCompany") => out.send_company = decoder.opt()?,
                Some(b"sendOrderID") => out.send_order_id = decoder.opt()?,
                Some(b"DangdangWarehouseAddr") => {
                    out.dangdang_warehouse_addr = decoder.opt()?;
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One order line.
///
/// Element `ItemInfo`.
/// Certainty: core \[2+\] DG, DS, WF, HL, EF; sendGoodsCount, belongProductsPromoID, productItemId \[2+\] DG, DS, EF; giftCardCharge \[1\] DG.
///
/// To build one in a test: `let mut value = ItemInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ItemInfo {
    /// 商品编号 — Dangdang item id.
    ///
    /// Wire name: `itemID` (integer).
    /// Certainty: \[2+\] DG, DS, WF, HL, EF; in every published example.
    pub item_id: i64,
    /// 企业商品标识符 — Seller item code.
    ///
    /// Wire name: `outerItemID` (text).
    pub outer_item_id: Option<String>,
    /// 商品名称 — Item title.
    ///
    /// Wire name: `itemName` (text).
    pub item_name: Option<String>,
    /// 商品类型 — Product or gift.
    ///
    /// Wire name: `itemType` (code table [`OrderItemType`](crate::types::OrderItemType)).
    pub item_type: Option<crate::types::OrderItemType>,
    /// 销售属性 — Sale attributes, `颜色>>军绿;鞋码>>38`.
    ///
    /// Wire name: `specialAttribute` (text).
    pub special_attribute: Option<String>,
    /// 市场价 — Market price.
    ///
    /// Wire name: `marketPrice` (decimal yuan).
    pub market_price: Option<crate::Decimal>,
    /// 是否节能补贴 — Energy subsidy applies.
    ///
    /// Wire name: `is_energySubsidy` (`1` / `0`).
    pub is_energy_subsidy: Option<bool>,
    /// 补贴金额 — Subsidy amount.
    ///
    /// Wire name: `subsidyPrice` (decimal yuan).
    pub subsidy_price: Option<crate::Decimal>,
    /// 成交价 — Deal price.
    ///
    /// Wire name: `unitPrice` (decimal yuan).
    pub unit_price: Option<crate::Decimal>,
    /// 购买数量 — Quantity ordered.
    ///
    /// Wire name: `orderCount` (integer).
    pub order_count: Option<i32>,
    /// 所属促销编号 — Promotion the line belongs to.
    ///
    /// Wire name: `belongProductsPromoID` (text).
    pub belong_products_promo_id: Option<String>,
    /// 发货数量 — Quantity shipped (only once shipped).
    ///
    /// Wire name: `sendGoodsCount` (integer).
    pub send_goods_count: Option<i32>,
    /// 礼品卡费用 — Gift-card charge.
    ///
    /// Wire name: `giftCardCharge` (decimal yuan).
    pub gift_card_charge: Option<crate::Decimal>,
    /// 订单行编号 — Line id, unique per product within a promotion.
    ///
    /// Wire name: `productItemId` (text).
    pub product_item_id: Option<String>,
}

impl crate::xml_decode::FromXml for ItemInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut item_id = None;
        let mut outer_item_id = None;
        let mut item_name = None;
        let mut item_type = None;
        let mut special_attribute = None;
        let mut market_price = None;
        let mut is_energy_subsidy = None;
        let mut subsidy_price = None;
        let mut unit_price = None;
        let mut order_count = None;
        let mut belong_products_promo_id = None;
        let mut send_goods_count = None;
        let mut gift_card_charge = None;
        let mut product_item_id = None;
        loop {
            match decoder.next_child()? {
                Some(b"itemID") => item_id = Some(decoder.required()?),
                Some(b"outerItemID") => outer_item_id = decoder.opt()?,
                Some(b"itemName") => item_name = decoder.opt()?,
                Some(b"itemType") => item_type = decoder.opt()?,
                Some(b"specialAttribute") => special_attribute = decoder.opt()?,
                Some(b"marketPrice") => market_price = decoder.opt()?,
                Some(b"is_energySubsidy") => is_energy_subsidy = decoder.flag01()?,
                Some(b"subsidyPrice") => subsidy_price = decoder.opt()?,
                Some(b"unitPrice") => unit_price = decoder.opt()?,
                Some(b"orderCount") => order_count = decoder.opt()?,
                Some(b"belongProductsPromoID") => {
                    belong_products_promo_id = decoder.opt()?;
                }
                Some(b"sendGoodsCount") => send_goods_count = decoder.opt()?,
                Some(b"giftCardCharge") => gift_card_charge = decoder.opt()?,
                Some(b"productItemId") => product_item_id = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Self {
            item_id: item_id.ok_or_else(|| decoder.missing("itemID"))?,
            outer_item_id,
            item_name,
            item_type,
            special_attribute,
            market_price,
            is_energy_subsidy,
            subsidy_price,
            unit_price,
            order_count,
            belong_products_promo_id,
            send_goods_count,
            gift_card_charge,
            product_item_id,
        })
    }
}

/// One promotion.
///
/// Element `promoItem`.
///
/// To build one in a test: `let mut value = PromoItem::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PromoItem {
    /// 促销编号 — Promotion id.
    ///
    /// Wire name: `promotionID` (text).
    pub promotion_id: Option<String>,
    /// 促销名称 — Promotion name.
    ///
    /// Wire name: `promotionName` (text).
    pub promotion_name: Option<String>,
    /// 促销类型 — Promotion type.
    ///
    /// Wire name: `promotionType` (text).
    pub promotion_type: Option<String>,
    /// 促销优惠金额 — Amount per promotion (sic).
    ///
    /// Wire name: `promoDicount` (decimal yuan).
    #[doc(alias = "promoDicount")]
    pub promo_discount: Option<crate::Decimal>,
    /// 促销数量 — Quantity.
    ///
    /// Wire name: `promoAmount` (integer).
    pub promo_amount: Option<i32>,
}

impl crate::xml_decode::FromXml for PromoItem {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            promotion_id: None,
            promotion_name: None,
            promotion_type: None,
            promo_discount: None,
            promo_amount: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"promotionID") => out.promotion_id = decoder.opt()?,
                Some(b"promotionName") => out.promotion_name = decoder.opt()?,
                Some(b"promotionType") => out.promotion_type = decoder.opt()?,
                Some(b"promoDicount") => out.promo_discount = decoder.opt()?,
                Some(b"promoAmount") => out.promo_amount = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// 发票信息 — Invoice; absent when no invoice was requested.
///
/// Element `receiptInfo`.
/// Certainty: receiptName, receiptDetails, receiptMoney \[2+\] DG, WF, D1, EF, DS; receiptTel, receiptType \[1\] DG.
///
/// To build one in a test: `let mut value = ReceiptInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ReceiptInfo {
    /// 发票抬头 — Invoice title.
    ///
    /// Wire name: `receiptName` (text; buyer personal data, redacted in `Debug`).
    pub receipt_name: Option<crate::Personal>,
    /// 发票内容 — Invoice details.
    ///
    /// Wire name: `receiptDetails` (text).
    pub receipt_details: Option<String>,
    /// 发票金额 — Invoice amount.
    ///
    /// Wire name: `receiptMoney` (decimal yuan).
    pub receipt_money: Option<crate::Decimal>,
    /// 是否当当开发票 — Who issues the invoice.
    ///
    /// Wire name: `Is_DangdangReceipt` (code table [`ReceiptIssuer`](crate::types::ReceiptIssuer)).
    pub is_dangdang_receipt: Option<crate::types::ReceiptIssuer>,
    /// 发票电话 — Invoice phone.
    ///
    /// Wire name: `receiptTel` (text; buyer personal data, redacted in `Debug`).
    pub receipt_tel: Option<crate::Personal>,
    /// 发票类型 — Invoice type.
    ///
    /// Wire name: `receiptType` (text).
    pub receipt_type: Option<String>,
}

impl crate::xml_decode::FromXml for ReceiptInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            receipt_name: None,
            receipt_details: None,
            receipt_money: None,
            is_dangdang_receipt: None,
            receipt_tel: None,
            receipt_type: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"receiptName") => out.receipt_name = decoder.opt()?,
                Some(b"receiptDetails") => out.receipt_details = decoder.opt()?,
                Some(b"receiptMoney") => out.receipt_money = decoder.opt()?,
                Some(b"Is_DangdangReceipt") => out.is_dangdang_receipt = decoder.opt()?,
                Some(b"receiptTel") => out.receipt_tel = decoder.opt()?,
                Some(b"receiptType") => out.receipt_type = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Shared code tables (enums) from the spec's `types:` section.

/// 付款方式 — How the buyer pays (text values).
///
/// Wire form: text codes. Codes this spec does not know decode to [`BuyerPayMode::Other`] with the raw value kept.
/// Certainty: \[2+\] EF, D1.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BuyerPayMode {
    /// 货到付款 — Cash on delivery (code `货到付款`).
    CashOnDelivery,
    /// 网上支付 — Paid online (code `网上支付`).
    Online,
    /// 银行汇款 — Bank transfer (code `银行汇款`).
    BankTransfer,
    /// 邮局汇款 — Postal remittance (code `邮局汇款`).
    PostalRemittance,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for BuyerPayMode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::CashOnDelivery, crate::Code { code: "货到付款", zh: Some("货到付款"), en: Some("Cash on delivery"), meaning: "货到付款 — Cash on delivery" }),
        (Self::Online, crate::Code { code: "网上支付", zh: Some("网上支付"), en: Some("Paid online"), meaning: "网上支付 — Paid online" }),
        (Self::BankTransfer, crate::Code { code: "银行汇款", zh: Some("银行汇款"), en: Some("Bank transfer"), meaning: "银行汇款 — Bank transfer" }),
        (Self::PostalRemittance, crate::Code { code: "邮局汇款", zh: Some("邮局汇款"), en: Some("Postal remittance"), meaning: "邮局汇款 — Postal remittance" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(BuyerPayMode, CashOnDelivery, Online, BankTransfer, PostalRemittance);

/// 取消订单结果代码 — `Result/operCode` of dangdang.order.cancel. Only success is known; no code list was found.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`CancelOrderResultCode::Other`] with the raw value kept.
/// Certainty: \[1\] WF (legacy cancelOrder.php).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CancelOrderResultCode {
    /// Cancelled (\[1\] WF) (code `0`).
    Success,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for CancelOrderResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Cancelled ([1] WF)"), meaning: "Cancelled ([1] WF)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(CancelOrderResultCode, Success);

/// 礼券发放结果代码 — Result code of dangdang.shop.coupon.send (`operCode` directly under `response`).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`CouponSendResultCode::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-160.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CouponSendResultCode {
    /// 成功 — Coupons issued (code `0`).
    Success,
    /// 参数不正确 — Parameters are not correct (code `1512`).
    InvalidParameters,
    /// 超出商铺剩余礼券 — More coupons than the shop has left (code `1514`).
    ShopCouponsExhausted,
    /// 所选用户拥有礼券已经达到上限 — The selected customers already hold the most coupons allowed (code `1515`).
    CustomerCouponLimitReached,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for CouponSendResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: Some("成功"), en: Some("Coupons issued"), meaning: "成功 — Coupons issued" }),
        (Self::InvalidParameters, crate::Code { code: "1512", zh: Some("参数不正确"), en: Some("Parameters are not correct"), meaning: "参数不正确 — Parameters are not correct" }),
        (Self::ShopCouponsExhausted, crate::Code { code: "1514", zh: Some("超出商铺剩余礼券"), en: Some("More coupons than the shop has left"), meaning: "超出商铺剩余礼券 — More coupons than the shop has left" }),
        (Self::CustomerCouponLimitReached, crate::Code { code: "1515", zh: Some("所选用户拥有礼券已经达到上限"), en: Some("The selected customers already hold the most coupons allowed"), meaning: "所选用户拥有礼券已经达到上限 — The selected customers already hold the most coupons allowed" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    CouponSendResultCode, Success, InvalidParameters, ShopCouponsExhausted,
    CustomerCouponLimitReached
);

/// 物流公司名称代码 — Courier letter codes from the 物流公司名称代码匹配表 of the shipping doc pages (goods.send v3 / sendxml).
///
/// Wire form: text codes. Codes this spec does not know decode to [`CourierCode::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-135, DOC-213 (several snapshots); DC independently maps EMS, ZTO, BEST, ANE56 (\[2+\] for those).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CourierCode {
    /// 圆通快递 — YTO Express (numeric id 101, phone 95554) (code `YTO`).
    Yto,
    /// 中通快递 — ZTO Express (102, 400-827-0270) (code `ZTO`).
    Zto,
    /// 韵达快递 — Yunda Express (103, 400-821-6789) (code `YUNDA`).
    Yunda,
    /// 申通快递 — STO Express (104, 400-889-5543) (code `STO`).
    Sto,
    /// 顺丰快递 — SF Express (105, 400-811-1111) (code `SF`).
    Sf,
    /// 全峰快递 — Quanfeng Express (106, 400-100-0001) (code `QFKD`).
    Qfkd,
    /// 百世汇通快递 — Best Express (107, 400-956-5656) (code `BEST`).
    Best,
    /// 天天快递 — TTK Express (108, 4001-888-888) (code `TTKDEX`).
    Ttkdex,
    /// 宅急送快递 — ZJS Express (109, 400-6789-000) (code `ZJS`).
    Zjs,
    /// 国通快递 — GTO Express (110, 400-111-1123) (code `GTO`).
    Gto,
    /// 龙邦快递 — Longbang Express (111, 021-59218889) (code `LB`).
    Lb,
    /// 安能快递 — ANE Logistics (112, 400-104-0088) (code `ANE56`).
    Ane56,
    /// 优速快递 — UC Express (113, 400-111-1119) (code `UC`).
    Uc,
    /// EMS — China Post EMS (114, 11185) (code `EMS`).
    Ems,
    /// 快捷快递 — FAST Express (115, 400-830-4888) (code `FAST`).
    Fast,
    /// 中铁物流 — China Railway Express (116, 400-000-5566) (code `CRE`).
    Cre,
    /// 德邦物流 — Deppon Logistics (117, 400-830-5555) (code `DBWL`).
    Dbwl,
    /// Name blank in the doc; phone 11183 = China Post parcel (118). DC uses POST for 邮政包裹 (conflict; the doc wins) (code `YZ`).
    Yz,
    /// 跨越速运 — Kuayue Express (119, 4008-098-098) (code `KYSY`).
    Kysy,
    /// 极兔速递 — J&T Express (no numeric id listed, 400-820-1666) (code `JT`).
    Jt,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for CourierCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Yto, crate::Code { code: "YTO", zh: Some("圆通快递"), en: Some("YTO Express (numeric id 101, phone 95554)"), meaning: "圆通快递 — YTO Express (numeric id 101, phone 95554)" }),
        (Self::Zto, crate::Code { code: "ZTO", zh: Some("中通快递"), en: Some("ZTO Express (102, 400-827-0270)"), meaning: "中通快递 — ZTO Express (102, 400-827-0270)" }),
        (Self::Yunda, crate::Code { code: "YUNDA", zh: Some("韵达快递"), en: Some("Yunda Express (103, 400-821-6789)"), meaning: "韵达快递 — Yunda Express (103, 400-821-6789)" }),
        (Self::Sto, crate::Code { code: "STO", zh: Some("申通快递"), en: Some("STO Express (104, 400-889-5543)"), meaning: "申通快递 — STO Express (104, 400-889-5543)" }),
        (Self::Sf, crate::Code { code: "SF", zh: Some("顺丰快递"), en: Some("SF Express (105, 400-811-1111)"), meaning: "顺丰快递 — SF Express (105, 400-811-1111)" }),
        (Self::Qfkd, crate::Code { code: "QFKD", zh: Some("全峰快递"), en: Some("Quanfeng Express (106, 400-100-0001)"), meaning: "全峰快递 — Quanfeng Express (106, 400-100-0001)" }),
        (Self::Best, crate::Code { code: "BEST", zh: Some("百世汇通快递"), en: Some("Best Express (107, 400-956-5656)"), meaning: "百世汇通快递 — Best Express (107, 400-956-5656)" }),
        (Self::Ttkdex, crate::Code { code: "TTKDEX", zh: Some("天天快递"), en: Some("TTK Express (108, 4001-888-888)"), meaning: "天天快递 — TTK Express (108, 4001-888-888)" }),
        (Self::Zjs, crate::Code { code: "ZJS", zh: Some("宅急送快递"), en: Some("ZJS Express (109, 400-6789-000)"), meaning: "宅急送快递 — ZJS Express (109, 400-6789-000)" }),
        (Self::Gto, crate::Code { code: "GTO", zh: Some("国通快递"), en: Some("GTO Express (110, 400-111-1123)"), meaning: "国通快递 — GTO Express (110, 400-111-1123)" }),
        (Self::Lb, crate::Code { code: "LB", zh: Some("龙邦快递"), en: Some("Longbang Express (111, 021-59218889)"), meaning: "龙邦快递 — Longbang Express (111, 021-59218889)" }),
        (Self::Ane56, crate::Code { code: "ANE56", zh: Some("安能快递"), en: Some("ANE Logistics (112, 400-104-0088)"), meaning: "安能快递 — ANE Logistics (112, 400-104-0088)" }),
        (Self::Uc, crate::Code { code: "UC", zh: Some("优速快递"), en: Some("UC Express (113, 400-111-1119)"), meaning: "优速快递 — UC Express (113, 400-111-1119)" }),
        (Self::Ems, crate::Code { code: "EMS", zh: Some("EMS"), en: Some("China Post EMS (114, 11185)"), meaning: "EMS — China Post EMS (114, 11185)" }),
        (Self::Fast, crate::Code { code: "FAST", zh: Some("快捷快递"), en: Some("FAST Express (115, 400-830-4888)"), meaning: "快捷快递 — FAST Express (115, 400-830-4888)" }),
        (Self::Cre, crate::Code { code: "CRE", zh: Some("中铁物流"), en: Some("China Railway Express (116, 400-000-5566)"), meaning: "中铁物流 — China Railway Express (116, 400-000-5566)" }),
        (Self::Dbwl, crate::Code { code: "DBWL", zh: Some("德邦物流"), en: Some("Deppon Logistics (117, 400-830-5555)"), meaning: "德邦物流 — Deppon Logistics (117, 400-830-5555)" }),
        (Self::Yz, crate::Code { code: "YZ", zh: None, en: Some("Name blank in the doc; phone 11183 = China Post parcel (118). DC uses POST for 邮政包裹 (conflict; the doc wins)"), meaning: "Name blank in the doc; phone 11183 = China Post parcel (118). DC uses POST for 邮政包裹 (conflict; the doc wins)" }),
        (Self::Kysy, crate::Code { code: "KYSY", zh: Some("跨越速运"), en: Some("Kuayue Express (119, 4008-098-098)"), meaning: "跨越速运 — Kuayue Express (119, 4008-098-098)" }),
        (Self::Jt, crate::Code { code: "JT", zh: Some("极兔速递"), en: Some("J&T Express (no numeric id listed, 400-820-1666)"), meaning: "极兔速递 — J&T Express (no numeric id listed, 400-820-1666)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    CourierCode, Yto, Zto, Yunda, Sto, Sf, Qfkd, Best, Ttkdex, Zjs, Gto, Lb, Ane56, Uc,
    Ems, Fast, Cre, Dbwl, Yz, Kysy, Jt
);

/// 送货方式 — Delivery-mode filter `sm` of the order list.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`DeliveryModeFilter::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-132.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryModeFilter {
    /// 全部 — All (default) (code `9999`).
    All,
    /// 普通快递 — Standard express (code `1`).
    StandardExpress,
    /// 加急快递 — Urgent express (code `2`).
    UrgentExpress,
    /// 普通邮递 — Standard post (code `3`).
    StandardPost,
    /// 邮政特快专递 — China Post EMS (code `4`).
    PostalExpress,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for DeliveryModeFilter {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::All, crate::Code { code: "9999", zh: Some("全部"), en: Some("All (default)"), meaning: "全部 — All (default)" }),
        (Self::StandardExpress, crate::Code { code: "1", zh: Some("普通快递"), en: Some("Standard express"), meaning: "普通快递 — Standard express" }),
        (Self::UrgentExpress, crate::Code { code: "2", zh: Some("加急快递"), en: Some("Urgent express"), meaning: "加急快递 — Urgent express" }),
        (Self::StandardPost, crate::Code { code: "3", zh: Some("普通邮递"), en: Some("Standard post"), meaning: "普通邮递 — Standard post" }),
        (Self::PostalExpress, crate::Code { code: "4", zh: Some("邮政特快专递"), en: Some("China Post EMS"), meaning: "邮政特快专递 — China Post EMS" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    DeliveryModeFilter, All, StandardExpress, UrgentExpress, StandardPost, PostalExpress
);

/// 配送状态 — Delivery result `distriStatus` uploaded by dangdang.orders.distristatus.update. Only the doc example value 1 is known; the failure code is not in the doc text (send it with `Other`).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`DistriStatus::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-167 (example value); meaning \[inf\].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DistriStatus {
    /// \[inf\] Delivered successfully (the doc example value) (code `1`).
    Delivered,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for DistriStatus {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Delivered, crate::Code { code: "1", zh: None, en: Some("[inf] Delivered successfully (the doc example value)"), meaning: "[inf] Delivered successfully (the doc example value)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(DistriStatus, Delivered);

/// 换货处理操作 — Action `op` of dangdang.order.goods.exchange.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ExchangeAction::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-137.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExchangeAction {
    /// Out of stock: refund instead of exchanging (code `0`).
    OutOfStockRefund,
    /// Confirm the exchange (code `1`).
    ConfirmExchange,
    /// Defer (code `2`).
    Defer,
    /// Refuse (code `3`).
    Refuse,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ExchangeAction {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::OutOfStockRefund, crate::Code { code: "0", zh: None, en: Some("Out of stock: refund instead of exchanging"), meaning: "Out of stock: refund instead of exchanging" }),
        (Self::ConfirmExchange, crate::Code { code: "1", zh: None, en: Some("Confirm the exchange"), meaning: "Confirm the exchange" }),
        (Self::Defer, crate::Code { code: "2", zh: None, en: Some("Defer"), meaning: "Defer" }),
        (Self::Refuse, crate::Code { code: "3", zh: None, en: Some("Refuse"), meaning: "Refuse" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ExchangeAction, OutOfStockRefund, ConfirmExchange, Defer, Refuse);

/// 换货处理结果代码 — `Result/operCode` of dangdang.order.goods.exchange.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ExchangeGoodsResultCode::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-137; protocol §8.1.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ExchangeGoodsResultCode {
    /// Success (protocol §8.1, all methods) (code `0`).
    Success,
    /// 队列中已经存在数据 — Already queued (doc example) (\[1\] DOC-137) (code `2`).
    AlreadyQueued,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ExchangeGoodsResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Success (protocol §8.1, all methods)"), meaning: "Success (protocol §8.1, all methods)" }),
        (Self::AlreadyQueued, crate::Code { code: "2", zh: Some("队列中已经存在数据"), en: Some("Already queued (doc example) ([1] DOC-137)"), meaning: "队列中已经存在数据 — Already queued (doc example) ([1] DOC-137)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ExchangeGoodsResultCode, Success, AlreadyQueued);

/// Per-item result code (`operCode`) of the item batch writes whose code list is not public (dangdang.items.stock.update, dangdang.items.pics.set): only 0 = success is known.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ItemBatchResultCode::Other`] with the raw value kept.
/// Certainty: methods §8, §32; protocol §7 R4.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemBatchResultCode {
    /// Done (\[2+\] DOC-119, HL, WF; DOC-143, JSDK, CSDK) (code `0`).
    Success,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemBatchResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Done ([2+] DOC-119, HL, WF; DOC-143, JSDK, CSDK)"), meaning: "Done ([2+] DOC-119, HL, WF; DOC-143, JSDK, CSDK)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ItemBatchResultCode, Success);

/// Result code (`Result` › `operCode`) of dangdang.item.get's failure shape. No code list was found: only 0 = success is known.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ItemGetResultCode::Other`] with the raw value kept.
/// Certainty: methods §5; protocol §7 (`operCode` 0 = success \[2+\] all).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemGetResultCode {
    /// Ok (\[2+\] protocol §7) (code `0`).
    Success,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemGetResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Ok ([2+] protocol §7)"), meaning: "Ok ([2+] protocol §7)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ItemGetResultCode, Success);

/// Result code (`Result` › `operCode`) of dangdang.item.itemid.get; that the reply carries one on failure is \[inf\] (by analogy with item.stock.update). Only 0 = success is known.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ItemIdGetResultCode::Other`] with the raw value kept.
/// Certainty: \[inf\] methods §10; protocol §7 (`operCode` 0 = success \[2+\] all).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemIdGetResultCode {
    /// Ok (\[2+\] protocol §7) (code `0`).
    Success,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemIdGetResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Ok ([2+] protocol §7)"), meaning: "Ok ([2+] protocol §7)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ItemIdGetResultCode, Success);

/// Result code (`operCode`) of dangdang.item.price.update and dangdang.items.price.update.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ItemPriceResultCode::Other`] with the raw value kept.
/// Certainty: protocol §8.1, methods §7, §9.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemPriceResultCode {
    /// Price updated (\[1\] DOC-118) (code `0`).
    Success,
    /// Refused: the new 当当价 is ≥ 20 yuan and rises ≥ 100 % over the old one (\[2+\] DOC-118, DOC-120) (code `403`).
    PriceRiseRefused,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemPriceResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Price updated ([1] DOC-118)"), meaning: "Price updated ([1] DOC-118)" }),
        (Self::PriceRiseRefused, crate::Code { code: "403", zh: None, en: Some("Refused: the new 当当价 is ≥ 20 yuan and rises ≥ 100 % over the old one ([2+] DOC-118, DOC-120)"), meaning: "Refused: the new 当当价 is ≥ 20 yuan and rises ≥ 100 % over the old one ([2+] DOC-118, DOC-120)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ItemPriceResultCode, Success, PriceRiseRefused);

/// 商品状态 — Listing state of an item (`itemState`, `productStatus`).
///
/// Wire form: text codes. Codes this spec does not know decode to [`ItemState::Other`] with the raw value kept.
/// Certainty: \[2+\] EF, WD, DG, CSDK.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemState {
    /// 上架 — Listed (on sale) (code `上架`).
    Listed,
    /// 下架 — Delisted (off sale) (code `下架`).
    Delisted,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemState {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Listed, crate::Code { code: "上架", zh: Some("上架"), en: Some("Listed (on sale)"), meaning: "上架 — Listed (on sale)" }),
        (Self::Delisted, crate::Code { code: "下架", zh: Some("下架"), en: Some("Delisted (off sale)"), meaning: "下架 — Delisted (off sale)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ItemState, Listed, Delisted);

/// Per-item result code (`ItemIDInfo` › `operCode`) of dangdang.items.status.update.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ItemStatusResultCode::Other`] with the raw value kept.
/// Certainty: protocol §8.1, methods §16.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemStatusResultCode {
    /// State changed (\[2+\] DG, JSDK) (code `0`).
    Success,
    /// Item-state error (\[1\] DG DangdangCommonTool) (code `11`).
    WrongItemState,
    /// Item-identifier error (\[1\] DG DangdangCommonTool) (code `17`).
    WrongItemId,
    /// Update-state error: only 上架 or 下架 allowed (\[1\] DG DangdangCommonTool) (code `84`).
    WrongTargetState,
    /// Meaning unknown; JSDK treats it as not a failure (\[1\] JSDK; \[inf\] the item is already in that state) (code `1000`).
    NotAFailure,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemStatusResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("State changed ([2+] DG, JSDK)"), meaning: "State changed ([2+] DG, JSDK)" }),
        (Self::WrongItemState, crate::Code { code: "11", zh: None, en: Some("Item-state error ([1] DG DangdangCommonTool)"), meaning: "Item-state error ([1] DG DangdangCommonTool)" }),
        (Self::WrongItemId, crate::Code { code: "17", zh: None, en: Some("Item-identifier error ([1] DG DangdangCommonTool)"), meaning: "Item-identifier error ([1] DG DangdangCommonTool)" }),
        (Self::WrongTargetState, crate::Code { code: "84", zh: None, en: Some("Update-state error: only 上架 or 下架 allowed ([1] DG DangdangCommonTool)"), meaning: "Update-state error: only 上架 or 下架 allowed ([1] DG DangdangCommonTool)" }),
        (Self::NotAFailure, crate::Code { code: "1000", zh: None, en: Some("Meaning unknown; JSDK treats it as not a failure ([1] JSDK; [inf] the item is already in that state)"), meaning: "Meaning unknown; JSDK treats it as not a failure ([1] JSDK; [inf] the item is already in that state)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    ItemStatusResultCode, Success, WrongItemState, WrongItemId, WrongTargetState,
    NotAFailure
);

/// Result code (`Result` › `operCode`) of dangdang.item.stock.update.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ItemStockResultCode::Other`] with the raw value kept.
/// Certainty: protocol §8.1, methods §6.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemStockResultCode {
    /// Stock updated (\[2+\] DOC-117, DG, D1, ZEND) (code `0`).
    Success,
    /// No Dangdang item for that outer item id (\[1\] WF); WD shows the message 企业商品标识符错误 (bad outer item id) with no code (code `22`).
    OuterItemIdNotFound,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemStockResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Stock updated ([2+] DOC-117, DG, D1, ZEND)"), meaning: "Stock updated ([2+] DOC-117, DG, D1, ZEND)" }),
        (Self::OuterItemIdNotFound, crate::Code { code: "22", zh: None, en: Some("No Dangdang item for that outer item id ([1] WF); WD shows the message 企业商品标识符错误 (bad outer item id) with no code"), meaning: "No Dangdang item for that outer item id ([1] WF); WD shows the message 企业商品标识符错误 (bad outer item id) with no code" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ItemStockResultCode, Success, OuterItemIdNotFound);

/// Result code (`ItemIDInfo` › `operCode` and `SpecialItemInfo` › `operCode`) of dangdang.item.add and dangdang.item.detail.update. No code list was found: only 0 = success is known.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ItemWriteResultCode::Other`] with the raw value kept.
/// Certainty: methods §1, §2; protocol §7 (`operCode` 0 = success \[2+\] all).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ItemWriteResultCode {
    /// Done (\[2+\] protocol §7; CSDK's success test reads `ItemIDInfo/operCode` = 0 \[1\]) (code `0`).
    Success,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ItemWriteResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Done ([2+] protocol §7; CSDK's success test reads `ItemIDInfo/operCode` = 0 [1])"), meaning: "Done ([2+] protocol §7; CSDK's success test reads `ItemIDInfo/operCode` = 0 [1])" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ItemWriteResultCode, Success);

/// 商品类型 — Kind of order line.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`OrderItemType::Other`] with the raw value kept.
/// Certainty: \[2+\] DS, EF.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderItemType {
    /// 商品 — A sold product (code `0`).
    Product,
    /// 赠品 — A gift (WF zeroes its price) (code `1`).
    Gift,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for OrderItemType {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Product, crate::Code { code: "0", zh: Some("商品"), en: Some("A sold product"), meaning: "商品 — A sold product" }),
        (Self::Gift, crate::Code { code: "1", zh: Some("赠品"), en: Some("A gift (WF zeroes its price)"), meaning: "赠品 — A gift (WF zeroes its price)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(OrderItemType, Product, Gift);

/// 订单标记颜色 — Seller's colour label on an order.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`OrderLabel::Other`] with the raw value kept.
/// Certainty: \[2+\] DS, EF.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderLabel {
    /// 红 — Red (code `1`).
    Red,
    /// 黄 — Yellow (code `2`).
    Yellow,
    /// 绿 — Green (code `3`).
    Green,
    /// 蓝 — Blue (code `4`).
    Blue,
    /// 紫 — Purple (code `5`).
    Purple,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for OrderLabel {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Red, crate::Code { code: "1", zh: Some("红"), en: Some("Red"), meaning: "红 — Red" }),
        (Self::Yellow, crate::Code { code: "2", zh: Some("黄"), en: Some("Yellow"), meaning: "黄 — Yellow" }),
        (Self::Green, crate::Code { code: "3", zh: Some("绿"), en: Some("Green"), meaning: "绿 — Green" }),
        (Self::Blue, crate::Code { code: "4", zh: Some("蓝"), en: Some("Blue"), meaning: "蓝 — Blue" }),
        (Self::Purple, crate::Code { code: "5", zh: Some("紫"), en: Some("Purple"), meaning: "紫 — Purple" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(OrderLabel, Red, Yellow, Green, Blue, Purple);

/// 发货方式 — Who ships the order.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`OrderMode::Other`] with the raw value kept.
/// Certainty: \[1\] EF.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderMode {
    /// 自发 — The seller ships (code `1`).
    SellerShips,
    /// 代发 — Dangdang ships on the seller's behalf (code `2`).
    DangdangShips,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for OrderMode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::SellerShips, crate::Code { code: "1", zh: Some("自发"), en: Some("The seller ships"), meaning: "自发 — The seller ships" }),
        (Self::DangdangShips, crate::Code { code: "2", zh: Some("代发"), en: Some("Dangdang ships on the seller's behalf"), meaning: "代发 — Dangdang ships on the seller's behalf" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(OrderMode, SellerShips, DangdangShips);

/// 订单状态 — Order state; the `os` request filter and the `orderState` / `orderStatus` elements.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`OrderState::Other`] with the raw value kept.
/// Certainty: \[2+\] DOC-132, DS, EF, WF, WD, DC.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrderState {
    /// 等待审核 — Awaiting review (code `50`).
    AwaitingReview,
    /// 等待到款 — Awaiting payment (code `100`).
    AwaitingPayment,
    /// 等待发货 — Awaiting shipment (orders shown as 等待配货 in the back-office also come back as 101) (code `101`).
    AwaitingShipment,
    /// 已发货 — Shipped (code `300`).
    Shipped,
    /// 已送达 — Delivered (code `400`).
    Delivered,
    /// 交易成功 — Completed (code `1000`).
    Completed,
    /// 取消 — Cancelled (code `-100`).
    Cancelled,
    /// 交易失败 — Failed (code `1100`).
    Failed,
    /// 已拆单 — Split into packages (removed from the `os` filter in v3.0, 2021-08) (code `-200`).
    Split,
    /// 全部 — All states (request filter only) (code `9999`).
    All,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for OrderState {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::AwaitingReview, crate::Code { code: "50", zh: Some("等待审核"), en: Some("Awaiting review"), meaning: "等待审核 — Awaiting review" }),
        (Self::AwaitingPayment, crate::Code { code: "100", zh: Some("等待到款"), en: Some("Awaiting payment"), meaning: "等待到款 — Awaiting payment" }),
        (Self::AwaitingShipment, crate::Code { code: "101", zh: Some("等待发货"), en: Some("Awaiting shipment (orders shown as 等待配货 in the back-office also come back as 101)"), meaning: "等待发货 — Awaiting shipment (orders shown as 等待配货 in the back-office also come back as 101)" }),
        (Self::Shipped, crate::Code { code: "300", zh: Some("已发货"), en: Some("Shipped"), meaning: "已发货 — Shipped" }),
        (Self::Delivered, crate::Code { code: "400", zh: Some("已送达"), en: Some("Delivered"), meaning: "已送达 — Delivered" }),
        (Self::Completed, crate::Code { code: "1000", zh: Some("交易成功"), en: Some("Completed"), meaning: "交易成功 — Completed" }),
        (Self::Cancelled, crate::Code { code: "-100", zh: Some("取消"), en: Some("Cancelled"), meaning: "取消 — Cancelled" }),
        (Self::Failed, crate::Code { code: "1100", zh: Some("交易失败"), en: Some("Failed"), meaning: "交易失败 — Failed" }),
        (Self::Split, crate::Code { code: "-200", zh: Some("已拆单"), en: Some("Split into packages (removed from the `os` filter in v3.0, 2021-08)"), meaning: "已拆单 — Split into packages (removed from the `os` filter in v3.0, 2021-08)" }),
        (Self::All, crate::Code { code: "9999", zh: Some("全部"), en: Some("All states (request filter only)"), meaning: "全部 — All states (request filter only)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    OrderState, AwaitingReview, AwaitingPayment, AwaitingShipment, Shipped, Delivered,
    Completed, Cancelled, Failed, Split, All
);

/// Per-question result code of dangdang.qa.answer (`QAOperCode`).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`QaAnswerResultCode::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-146.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QaAnswerResultCode {
    /// Done (`QAOperation` e.g. 操作成功) (code `0`).
    Success,
    /// 留言编号不存在 — The question id does not exist (code `201`).
    QaIdNotFound,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for QaAnswerResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Done (`QAOperation` e.g. 操作成功)"), meaning: "Done (`QAOperation` e.g. 操作成功)" }),
        (Self::QaIdNotFound, crate::Code { code: "201", zh: Some("留言编号不存在"), en: Some("The question id does not exist"), meaning: "留言编号不存在 — The question id does not exist" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(QaAnswerResultCode, Success, QaIdNotFound);

/// 面单详情结果代码 — Per-order `operCode` inside `courierReceiptDetail` of dangdang.order.receipt.details.get; present only when that order failed (empty = success).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReceiptDetailsResultCode::Other`] with the raw value kept.
/// Certainty: \[1\] DG map for the `.list` twin; protocol §8.1.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReceiptDetailsResultCode {
    /// Success (protocol §8.1, all methods; here success usually shows as an empty operCode \[2+\] HL, WF) (code `0`).
    Success,
    /// 订单编号错误 — Wrong order id (\[1\] DG) (code `35`).
    WrongOrderId,
    /// Wrong order state (\[1\] DG) (code `51`).
    WrongOrderState,
    /// Operation failed (\[1\] DG) (code `232`).
    OperationFailed,
    /// gShopID empty (legacy) (\[1\] DG) (code `410`).
    ShopIdEmpty,
    /// gShopID does not exist (legacy) (protocol §8.1 lists it for receipt details: \[2+\] DG, DC) (code `411`).
    ShopIdUnknown,
    /// No warehouse for the customer's city (\[1\] DG) (code `640`).
    NoWarehouseForCity,
    /// All order ids wrong (\[1\] DG) (code `1207`).
    AllOrderIdsWrong,
    /// More than 100 order ids (\[1\] DG, on a sibling method) (code `2207`).
    TooManyOrderIds,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReceiptDetailsResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Success (protocol §8.1, all methods; here success usually shows as an empty operCode [2+] HL, WF)"), meaning: "Success (protocol §8.1, all methods; here success usually shows as an empty operCode [2+] HL, WF)" }),
        (Self::WrongOrderId, crate::Code { code: "35", zh: Some("订单编号错误"), en: Some("Wrong order id ([1] DG)"), meaning: "订单编号错误 — Wrong order id ([1] DG)" }),
        (Self::WrongOrderState, crate::Code { code: "51", zh: None, en: Some("Wrong order state ([1] DG)"), meaning: "Wrong order state ([1] DG)" }),
        (Self::OperationFailed, crate::Code { code: "232", zh: None, en: Some("Operation failed ([1] DG)"), meaning: "Operation failed ([1] DG)" }),
        (Self::ShopIdEmpty, crate::Code { code: "410", zh: None, en: Some("gShopID empty (legacy) ([1] DG)"), meaning: "gShopID empty (legacy) ([1] DG)" }),
        (Self::ShopIdUnknown, crate::Code { code: "411", zh: None, en: Some("gShopID does not exist (legacy) (protocol §8.1 lists it for receipt details: [2+] DG, DC)"), meaning: "gShopID does not exist (legacy) (protocol §8.1 lists it for receipt details: [2+] DG, DC)" }),
        (Self::NoWarehouseForCity, crate::Code { code: "640", zh: None, en: Some("No warehouse for the customer's city ([1] DG)"), meaning: "No warehouse for the customer's city ([1] DG)" }),
        (Self::AllOrderIdsWrong, crate::Code { code: "1207", zh: None, en: Some("All order ids wrong ([1] DG)"), meaning: "All order ids wrong ([1] DG)" }),
        (Self::TooManyOrderIds, crate::Code { code: "2207", zh: None, en: Some("More than 100 order ids ([1] DG, on a sibling method)"), meaning: "More than 100 order ids ([1] DG, on a sibling method)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    ReceiptDetailsResultCode, Success, WrongOrderId, WrongOrderState, OperationFailed,
    ShopIdEmpty, ShopIdUnknown, NoWarehouseForCity, AllOrderIdsWrong, TooManyOrderIds
);

/// 发票开具方 — Who issues the invoice (`Is_DangdangReceipt`).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReceiptIssuer::Other`] with the raw value kept.
/// Certainty: \[1\] EF.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReceiptIssuer {
    /// 当当开具 — Issued by Dangdang (code `1`).
    Dangdang,
    /// 非当当开具 — Not issued by Dangdang (code `2`).
    NotDangdang,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReceiptIssuer {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Dangdang, crate::Code { code: "1", zh: Some("当当开具"), en: Some("Issued by Dangdang"), meaning: "当当开具 — Issued by Dangdang" }),
        (Self::NotDangdang, crate::Code { code: "2", zh: Some("非当当开具"), en: Some("Not issued by Dangdang"), meaning: "非当当开具 — Not issued by Dangdang" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ReceiptIssuer, Dangdang, NotDangdang);

/// `orderOperCode` inside `courierReceiptDetail` of dangdang.order.receipt.details.get: an order operation code whose values and meanings are not documented, so no code is known and every value is kept raw as `Other`.
///
/// Wire form: text codes. Codes this spec does not know decode to [`ReceiptOrderOperCode::Other`] with the raw value kept.
/// Certainty: \[1\] DG (field name only).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReceiptOrderOperCode {
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReceiptOrderOperCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        let Self::Other(raw) = self;
        Some(raw)
    }
}
crate::code_table!(ReceiptOrderOperCode,);

/// 运输方式 — Transport-mode code `shippingType` of dangdang.order.receipt.details.get, from the `type` node of dangdang.shop.carriagetype.get. The doc gives these as examples only; the full list comes from that method.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReceiptShippingType::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-140.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReceiptShippingType {
    /// None (code `999`).
    NoType,
    /// Air (code `1`).
    Air,
    /// Road (code `2`).
    Road,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReceiptShippingType {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::NoType, crate::Code { code: "999", zh: None, en: Some("None"), meaning: "None" }),
        (Self::Air, crate::Code { code: "1", zh: None, en: Some("Air"), meaning: "Air" }),
        (Self::Road, crate::Code { code: "2", zh: None, en: Some("Road"), meaning: "Road" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ReceiptShippingType, NoType, Air, Road);

/// 退货处理操作 — Action `op` of dangdang.order.return.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReturnAction::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-136.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnAction {
    /// Agree to refund (code `1000`).
    AgreeRefund,
    /// Refuse (code `1100`).
    Refuse,
    /// Defer (code `1200`).
    Defer,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReturnAction {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::AgreeRefund, crate::Code { code: "1000", zh: None, en: Some("Agree to refund"), meaning: "Agree to refund" }),
        (Self::Refuse, crate::Code { code: "1100", zh: None, en: Some("Refuse"), meaning: "Refuse" }),
        (Self::Defer, crate::Code { code: "1200", zh: None, en: Some("Defer"), meaning: "Defer" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ReturnAction, AgreeRefund, Refuse, Defer);

/// 退换货申请状态 — Request-state filter `applyStatus` of dangdang.orders.exchange.return.list.get.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReturnApplyStatus::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-138 (DG passes it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnApplyStatus {
    /// All (the default) (code `9999`).
    All,
    /// Cancelled (code `-100`).
    Cancelled,
    /// Failed (code `1100`).
    Failed,
    /// Awaiting review (code `0`).
    AwaitingReview,
    /// Return/exchange done (code `300`).
    Completed,
    /// Accepted (code `1000`).
    Accepted,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReturnApplyStatus {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::All, crate::Code { code: "9999", zh: None, en: Some("All (the default)"), meaning: "All (the default)" }),
        (Self::Cancelled, crate::Code { code: "-100", zh: None, en: Some("Cancelled"), meaning: "Cancelled" }),
        (Self::Failed, crate::Code { code: "1100", zh: None, en: Some("Failed"), meaning: "Failed" }),
        (Self::AwaitingReview, crate::Code { code: "0", zh: None, en: Some("Awaiting review"), meaning: "Awaiting review" }),
        (Self::Completed, crate::Code { code: "300", zh: None, en: Some("Return/exchange done"), meaning: "Return/exchange done" }),
        (Self::Accepted, crate::Code { code: "1000", zh: None, en: Some("Accepted"), meaning: "Accepted" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    ReturnApplyStatus, All, Cancelled, Failed, AwaitingReview, Completed, Accepted
);

/// 退换货审核状态 — Review state `returnExchangeOrdersApprStatus`: read from dangdang.orders.exchange.return.list.get, written by dangdang.orders.exchange.return.apply.approve. Majority reading; WF's runnable says 0 rejected / 1 approved / 2 pending, and DG's translator also uses 11/12/13 (approved + agree/refuse/defer refund, ApprStatus concatenated with orderResult).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReturnApprovalStatus::Other`] with the raw value kept.
/// Certainty: \[2+\] EF SQL, WF ReturnOrder; Chinese wording from DG's translator comment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnApprovalStatus {
    /// 未审核 — Awaiting review (code `0`).
    AwaitingReview,
    /// 审核通过待处理 — Approved (awaiting handling); the approve doc example sends 1 (code `1`).
    Approved,
    /// 审核不通过 — Rejected (\[inf\] also the value to send to reject; not stated) (code `2`).
    Rejected,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReturnApprovalStatus {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::AwaitingReview, crate::Code { code: "0", zh: Some("未审核"), en: Some("Awaiting review"), meaning: "未审核 — Awaiting review" }),
        (Self::Approved, crate::Code { code: "1", zh: Some("审核通过待处理"), en: Some("Approved (awaiting handling); the approve doc example sends 1"), meaning: "审核通过待处理 — Approved (awaiting handling); the approve doc example sends 1" }),
        (Self::Rejected, crate::Code { code: "2", zh: Some("审核不通过"), en: Some("Rejected ([inf] also the value to send to reject; not stated)"), meaning: "审核不通过 — Rejected ([inf] also the value to send to reject; not stated)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ReturnApprovalStatus, AwaitingReview, Approved, Rejected);

/// 退换货类型 — Kind of return/exchange request: the `type` filter and the `returnExchangeStatus` element of dangdang.orders.exchange.return.list.get.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReturnExchangeType::Other`] with the raw value kept.
/// Certainty: filter values \[1\] DOC-138; element 1/2 \[2+\] EF, WF; element 3 \[1\] EF.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnExchangeType {
    /// All (request filter only; the default) (code `9999`).
    All,
    /// Return (code `1`).
    Return,
    /// Exchange (code `2`).
    Exchange,
    /// 代退货 — Return on the buyer's behalf (element only, \[1\] EF) (code `3`).
    ReturnOnBuyersBehalf,
    /// 仅退款 — Refund only (request filter, v1.1, 2017-06); the value the element carries for such requests was not found (code `5`).
    RefundOnly,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReturnExchangeType {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::All, crate::Code { code: "9999", zh: None, en: Some("All (request filter only; the default)"), meaning: "All (request filter only; the default)" }),
        (Self::Return, crate::Code { code: "1", zh: None, en: Some("Return"), meaning: "Return" }),
        (Self::Exchange, crate::Code { code: "2", zh: None, en: Some("Exchange"), meaning: "Exchange" }),
        (Self::ReturnOnBuyersBehalf, crate::Code { code: "3", zh: Some("代退货"), en: Some("Return on the buyer's behalf (element only, [1] EF)"), meaning: "代退货 — Return on the buyer's behalf (element only, [1] EF)" }),
        (Self::RefundOnly, crate::Code { code: "5", zh: Some("仅退款"), en: Some("Refund only (request filter, v1.1, 2017-06); the value the element carries for such requests was not found"), meaning: "仅退款 — Refund only (request filter, v1.1, 2017-06); the value the element carries for such requests was not found" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    ReturnExchangeType, All, Return, Exchange, ReturnOnBuyersBehalf, RefundOnly
);

/// 退货处理结果代码 — `Result/operCode` of dangdang.order.return. Only success is known; no code list was found.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReturnGoodsResultCode::Other`] with the raw value kept.
/// Certainty: \[1\] DOC-136.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnGoodsResultCode {
    /// Success (\[1\] DOC-136) (code `0`).
    Success,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReturnGoodsResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: None, en: Some("Success ([1] DOC-136)"), meaning: "Success ([1] DOC-136)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ReturnGoodsResultCode, Success);

/// 退换货处理结果 — Processing result: the `result` filter and the `orderResult` element of dangdang.orders.exchange.return.list.get.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReturnProcessingResult::Other`] with the raw value kept.
/// Certainty: filter \[2+\] DOC-138, WF; element \[2+\] DG, EF, WF.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnProcessingResult {
    /// All (request filter only; the default) (code `9999`).
    All,
    /// Agreed (code `1`).
    Agreed,
    /// Refused (code `2`).
    Refused,
    /// Deferred (element only) (code `3`).
    Deferred,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReturnProcessingResult {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::All, crate::Code { code: "9999", zh: None, en: Some("All (request filter only; the default)"), meaning: "All (request filter only; the default)" }),
        (Self::Agreed, crate::Code { code: "1", zh: None, en: Some("Agreed"), meaning: "Agreed" }),
        (Self::Refused, crate::Code { code: "2", zh: None, en: Some("Refused"), meaning: "Refused" }),
        (Self::Deferred, crate::Code { code: "3", zh: None, en: Some("Deferred (element only)"), meaning: "Deferred (element only)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ReturnProcessingResult, All, Agreed, Refused, Deferred);

/// 退换货处理状态 — Processing state: the `status` filter and the `orderStatus` element of dangdang.orders.exchange.return.list.get.
///
/// Wire form: integer codes. Codes this spec does not know decode to [`ReturnProcessingStatus::Other`] with the raw value kept.
/// Certainty: \[2+\] DOC-138, WF; 3 \[1\] WF.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ReturnProcessingStatus {
    /// All (request filter only; the default) (code `9999`).
    All,
    /// Pending (code `1`).
    Pending,
    /// Processed (code `2`).
    Processed,
    /// Deferred (listed by WF only) (code `3`).
    Deferred,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for ReturnProcessingStatus {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::All, crate::Code { code: "9999", zh: None, en: Some("All (request filter only; the default)"), meaning: "All (request filter only; the default)" }),
        (Self::Pending, crate::Code { code: "1", zh: None, en: Some("Pending"), meaning: "Pending" }),
        (Self::Processed, crate::Code { code: "2", zh: None, en: Some("Processed"), meaning: "Processed" }),
        (Self::Deferred, crate::Code { code: "3", zh: None, en: Some("Deferred (listed by WF only)"), meaning: "Deferred (listed by WF only)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(ReturnProcessingStatus, All, Pending, Processed, Deferred);

/// 发货结果代码 — Per-order result code of dangdang.order.goods.send (`orderOperCode`, or `operCode` for a whole-request failure).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`SendGoodsResultCode::Other`] with the raw value kept.
/// Certainty: protocol §8.1, methods §26.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SendGoodsResultCode {
    /// 成功 — Shipped (\[2+\] DG, DS, WF) (code `0`).
    Success,
    /// 订单编号错误 — Wrong order id; WF treats it as already handled (\[2+\] DG, WF) (code `35`).
    WrongOrderId,
    /// All ship quantities are 0 (\[2+\] DG, DC) (code `39`).
    AllQuantitiesZero,
    /// Courier name, phone or waybill wrong (\[2+\] DG, DC) (code `40`).
    WrongCourierInfo,
    /// Wrong shipped item (\[1\] DC) (code `41`).
    WrongItem,
    /// Wrong shipped quantity (\[2+\] DG, DC) (code `42`).
    WrongQuantity,
    /// Wrong order state (\[2+\] DG, DC, WF) (code `51`).
    WrongOrderState,
    /// No XML file uploaded (\[1\] DC) (code `100`).
    NoXmlUploaded,
    /// File too large (\[1\] DC) (code `101`).
    FileTooLarge,
    /// Not an XML file (\[1\] DC) (code `102`).
    NotXml,
    /// Upload error (\[1\] DC) (code `103`).
    UploadError,
    /// gShopID empty (legacy) (\[2+\] DG, DC) (code `410`).
    ShopIdEmpty,
    /// gShopID does not exist (legacy) (\[2+\] DG, DC) (code `411`).
    ShopIdUnknown,
    /// System exception (\[1\] DC) (code `500`).
    SystemException,
    /// COD order state may not be changed (\[1\] DC) (code `601`).
    CodStateLocked,
    /// 订单状态决定该订单不能发货 — Order state does not allow shipping (\[2+\] DG, DC, WF) (code `605`).
    StateForbidsShipping,
    /// Category does not allow partial shipping (\[1\] DC) (code `618`).
    PartialShippingNotAllowed,
    /// An unhandled cancel request exists; review it in the back-office first (\[1\] DG) (code `665`).
    PendingCancelRequest,
    /// 分摊计算失败 — Apportionment calculation failed (\[2+\] DG, DC) (code `1203`).
    ApportionmentFailed,
    /// 配货完成失败 — The 配货完成 step failed (\[2+\] DG, DC) (code `1204`).
    PickingCompleteFailed,
    /// Wrong item id or promotion id (\[2+\] DG, DC) (code `1205`).
    WrongItemOrPromotion,
    /// All order ids wrong; WF: order does not exist (\[2+\] DG, WF) (code `1207`).
    AllOrderIdsWrong,
    /// Shipping operation failed (\[1\] DG) (code `1208`).
    ShippingFailed,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for SendGoodsResultCode {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Success, crate::Code { code: "0", zh: Some("成功"), en: Some("Shipped ([2+] DG, DS, WF)"), meaning: "成功 — Shipped ([2+] DG, DS, WF)" }),
        (Self::WrongOrderId, crate::Code { code: "35", zh: Some("订单编号错误"), en: Some("Wrong order id; WF treats it as already handled ([2+] DG, WF)"), meaning: "订单编号错误 — Wrong order id; WF treats it as already handled ([2+] DG, WF)" }),
        (Self::AllQuantitiesZero, crate::Code { code: "39", zh: None, en: Some("All ship quantities are 0 ([2+] DG, DC)"), meaning: "All ship quantities are 0 ([2+] DG, DC)" }),
        (Self::WrongCourierInfo, crate::Code { code: "40", zh: None, en: Some("Courier name, phone or waybill wrong ([2+] DG, DC)"), meaning: "Courier name, phone or waybill wrong ([2+] DG, DC)" }),
        (Self::WrongItem, crate::Code { code: "41", zh: None, en: Some("Wrong shipped item ([1] DC)"), meaning: "Wrong shipped item ([1] DC)" }),
        (Self::WrongQuantity, crate::Code { code: "42", zh: None, en: Some("Wrong shipped quantity ([2+] DG, DC)"), meaning: "Wrong shipped quantity ([2+] DG, DC)" }),
        (Self::WrongOrderState, crate::Code { code: "51", zh: None, en: Some("Wrong order state ([2+] DG, DC, WF)"), meaning: "Wrong order state ([2+] DG, DC, WF)" }),
        (Self::NoXmlUploaded, crate::Code { code: "100", zh: None, en: Some("No XML file uploaded ([1] DC)"), meaning: "No XML file uploaded ([1] DC)" }),
        (Self::FileTooLarge, crate::Code { code: "101", zh: None, en: Some("File too large ([1] DC)"), meaning: "File too large ([1] DC)" }),
        (Self::NotXml, crate::Code { code: "102", zh: None, en: Some("Not an XML file ([1] DC)"), meaning: "Not an XML file ([1] DC)" }),
        (Self::UploadError, crate::Code { code: "103", zh: None, en: Some("Upload error ([1] DC)"), meaning: "Upload error ([1] DC)" }),
        (Self::ShopIdEmpty, crate::Code { code: "410", zh: None, en: Some("gShopID empty (legacy) ([2+] DG, DC)"), meaning: "gShopID empty (legacy) ([2+] DG, DC)" }),
        (Self::ShopIdUnknown, crate::Code { code: "411", zh: None, en: Some("gShopID does not exist (legacy) ([2+] DG, DC)"), meaning: "gShopID does not exist (legacy) ([2+] DG, DC)" }),
        (Self::SystemException, crate::Code { code: "500", zh: None, en: Some("System exception ([1] DC)"), meaning: "System exception ([1] DC)" }),
        (Self::CodStateLocked, crate::Code { code: "601", zh: None, en: Some("COD order state may not be changed ([1] DC)"), meaning: "COD order state may not be changed ([1] DC)" }),
        (Self::StateForbidsShipping, crate::Code { code: "605", zh: Some("订单状态决定该订单不能发货"), en: Some("Order state does not allow shipping ([2+] DG, DC, WF)"), meaning: "订单状态决定该订单不能发货 — Order state does not allow shipping ([2+] DG, DC, WF)" }),
        (Self::PartialShippingNotAllowed, crate::Code { code: "618", zh: None, en: Some("Category does not allow partial shipping ([1] DC)"), meaning: "Category does not allow partial shipping ([1] DC)" }),
        (Self::PendingCancelRequest, crate::Code { code: "665", zh: None, en: Some("An unhandled cancel request exists; review it in the back-office first ([1] DG)"), meaning: "An unhandled cancel request exists; review it in the back-office first ([1] DG)" }),
        (Self::ApportionmentFailed, crate::Code { code: "1203", zh: Some("分摊计算失败"), en: Some("Apportionment calculation failed ([2+] DG, DC)"), meaning: "分摊计算失败 — Apportionment calculation failed ([2+] DG, DC)" }),
        (Self::PickingCompleteFailed, crate::Code { code: "1204", zh: Some("配货完成失败"), en: Some("The 配货完成 step failed ([2+] DG, DC)"), meaning: "配货完成失败 — The 配货完成 step failed ([2+] DG, DC)" }),
        (Self::WrongItemOrPromotion, crate::Code { code: "1205", zh: None, en: Some("Wrong item id or promotion id ([2+] DG, DC)"), meaning: "Wrong item id or promotion id ([2+] DG, DC)" }),
        (Self::AllOrderIdsWrong, crate::Code { code: "1207", zh: None, en: Some("All order ids wrong; WF: order does not exist ([2+] DG, WF)"), meaning: "All order ids wrong; WF: order does not exist ([2+] DG, WF)" }),
        (Self::ShippingFailed, crate::Code { code: "1208", zh: None, en: Some("Shipping operation failed ([1] DG)"), meaning: "Shipping operation failed ([1] DG)" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(
    SendGoodsResultCode, Success, WrongOrderId, AllQuantitiesZero, WrongCourierInfo,
    WrongItem, WrongQuantity, WrongOrderState, NoXmlUploaded, FileTooLarge, NotXml,
    UploadError, ShopIdEmpty, ShopIdUnknown, SystemException, CodStateLocked,
    StateForbidsShipping, PartialShippingNotAllowed, PendingCancelRequest,
    ApportionmentFailed, PickingCompleteFailed, WrongItemOrPromotion, AllOrderIdsWrong,
    ShippingFailed
);

/// Whether a standard attribute of a Dangdang category must be filled in (`fillType`).
///
/// Wire form: integer codes. Codes this spec does not know decode to [`StandardAttributeFillType::Other`] with the raw value kept.
/// Certainty: \[1\] JSDK constants (the value travels as text).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StandardAttributeFillType {
    /// Must be filled in (code `1`).
    Required,
    /// May be left empty (code `0`).
    Optional,
    /// A code this spec does not know, exactly as received.
    Other(String),
}

impl crate::CodeTable for StandardAttributeFillType {
    const KNOWN: &'static [(Self, crate::Code)] = &[
        (Self::Required, crate::Code { code: "1", zh: None, en: Some("Must be filled in"), meaning: "Must be filled in" }),
        (Self::Optional, crate::Code { code: "0", zh: None, en: Some("May be left empty"), meaning: "May be left empty" }),
    ];

    fn unknown(raw: String) -> Self {
        Self::Other(raw)
    }

    fn unknown_code(&self) -> Option<&str> {
        if let Self::Other(raw) = self { Some(raw) } else { None }
    }
}
crate::code_table!(StandardAttributeFillType, Required, Optional);

/// The entries of a batch reply whose result code (read by `code`) is set and not `0`, each with its code.
#[allow(
    dead_code,
    reason = "used by the groups with batch replies, which cargo features may leave out"
)]
pub(crate) fn failed<'a, T, C: crate::CodeTable>(
    entries: impl Iterator<Item = &'a T>,
    code: impl Fn(&'a T) -> Option<&'a C>,
) -> Vec<(&'a T, &'a C)> {
    entries
        .filter_map(|entry| {
            code(entry)
                .filter(|code| crate::CodeTable::code(*code) != "0")
                .map(|code| (entry, code))
        })
        .collect()
}

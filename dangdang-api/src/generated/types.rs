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

impl BuyerPayMode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::CashOnDelivery => "货到付款",
            Self::Online => "网上支付",
            Self::BankTransfer => "银行汇款",
            Self::PostalRemittance => "邮局汇款",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "货到付款" => Self::CashOnDelivery,
            "网上支付" => Self::Online,
            "银行汇款" => Self::BankTransfer,
            "邮局汇款" => Self::PostalRemittance,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::CashOnDelivery => Some("货到付款 — Cash on delivery"),
            Self::Online => Some("网上支付 — Paid online"),
            Self::BankTransfer => Some("银行汇款 — Bank transfer"),
            Self::PostalRemittance => Some("邮局汇款 — Postal remittance"),
            Self::Other(_) => None,
        }
    }
}

impl BuyerPayMode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::CashOnDelivery => Some("货到付款"),
            Self::Online => Some("网上支付"),
            Self::BankTransfer => Some("银行汇款"),
            Self::PostalRemittance => Some("邮局汇款"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::CashOnDelivery => Some("Cash on delivery"),
            Self::Online => Some("Paid online"),
            Self::BankTransfer => Some("Bank transfer"),
            Self::PostalRemittance => Some("Postal remittance"),
            _ => None,
        }
    }
}

impl std::fmt::Display for BuyerPayMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for BuyerPayMode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl CancelOrderResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Cancelled ([1] WF)"),
            Self::Other(_) => None,
        }
    }
}

impl CancelOrderResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Cancelled ([1] WF)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for CancelOrderResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for CancelOrderResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl CouponSendResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::InvalidParameters => "1512",
            Self::ShopCouponsExhausted => "1514",
            Self::CustomerCouponLimitReached => "1515",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "1512" => Self::InvalidParameters,
            "1514" => Self::ShopCouponsExhausted,
            "1515" => Self::CustomerCouponLimitReached,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("成功 — Coupons issued"),
            Self::InvalidParameters => {
                Some("参数不正确 — Parameters are not correct")
            }
            Self::ShopCouponsExhausted => {
                Some("超出商铺剩余礼券 — More coupons than the shop has left")
            }
            Self::CustomerCouponLimitReached => {
                Some(
                    "所选用户拥有礼券已经达到上限 — The selected customers already hold the most coupons allowed",
                )
            }
            Self::Other(_) => None,
        }
    }
}

impl CouponSendResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("成功"),
            Self::InvalidParameters => Some("参数不正确"),
            Self::ShopCouponsExhausted => Some("超出商铺剩余礼券"),
            Self::CustomerCouponLimitReached => {
                Some("所选用户拥有礼券已经达到上限")
            }
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Coupons issued"),
            Self::InvalidParameters => Some("Parameters are not correct"),
            Self::ShopCouponsExhausted => Some("More coupons than the shop has left"),
            Self::CustomerCouponLimitReached => {
                Some("The selected customers already hold the most coupons allowed")
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for CouponSendResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for CouponSendResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl CourierCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Yto => "YTO",
            Self::Zto => "ZTO",
            Self::Yunda => "YUNDA",
            Self::Sto => "STO",
            Self::Sf => "SF",
            Self::Qfkd => "QFKD",
            Self::Best => "BEST",
            Self::Ttkdex => "TTKDEX",
            Self::Zjs => "ZJS",
            Self::Gto => "GTO",
            Self::Lb => "LB",
            Self::Ane56 => "ANE56",
            Self::Uc => "UC",
            Self::Ems => "EMS",
            Self::Fast => "FAST",
            Self::Cre => "CRE",
            Self::Dbwl => "DBWL",
            Self::Yz => "YZ",
            Self::Kysy => "KYSY",
            Self::Jt => "JT",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "YTO" => Self::Yto,
            "ZTO" => Self::Zto,
            "YUNDA" => Self::Yunda,
            "STO" => Self::Sto,
            "SF" => Self::Sf,
            "QFKD" => Self::Qfkd,
            "BEST" => Self::Best,
            "TTKDEX" => Self::Ttkdex,
            "ZJS" => Self::Zjs,
            "GTO" => Self::Gto,
            "LB" => Self::Lb,
            "ANE56" => Self::Ane56,
            "UC" => Self::Uc,
            "EMS" => Self::Ems,
            "FAST" => Self::Fast,
            "CRE" => Self::Cre,
            "DBWL" => Self::Dbwl,
            "YZ" => Self::Yz,
            "KYSY" => Self::Kysy,
            "JT" => Self::Jt,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Yto => {
                Some("圆通快递 — YTO Express (numeric id 101, phone 95554)")
            }
            Self::Zto => Some("中通快递 — ZTO Express (102, 400-827-0270)"),
            Self::Yunda => Some("韵达快递 — Yunda Express (103, 400-821-6789)"),
            Self::Sto => Some("申通快递 — STO Express (104, 400-889-5543)"),
            Self::Sf => Some("顺丰快递 — SF Express (105, 400-811-1111)"),
            Self::Qfkd => Some("全峰快递 — Quanfeng Express (106, 400-100-0001)"),
            Self::Best => Some("百世汇通快递 — Best Express (107, 400-956-5656)"),
            Self::Ttkdex => Some("天天快递 — TTK Express (108, 4001-888-888)"),
            Self::Zjs => Some("宅急送快递 — ZJS Express (109, 400-6789-000)"),
            Self::Gto => Some("国通快递 — GTO Express (110, 400-111-1123)"),
            Self::Lb => Some("龙邦快递 — Longbang Express (111, 021-59218889)"),
            Self::Ane56 => Some("安能快递 — ANE Logistics (112, 400-104-0088)"),
            Self::Uc => Some("优速快递 — UC Express (113, 400-111-1119)"),
            Self::Ems => Some("EMS — China Post EMS (114, 11185)"),
            Self::Fast => Some("快捷快递 — FAST Express (115, 400-830-4888)"),
            Self::Cre => {
                Some("中铁物流 — China Railway Express (116, 400-000-5566)")
            }
            Self::Dbwl => Some("德邦物流 — Deppon Logistics (117, 400-830-5555)"),
            Self::Yz => {
                Some(
                    "Name blank in the doc; phone 11183 = China Post parcel (118). DC uses POST for 邮政包裹 (conflict; the doc wins)",
                )
            }
            Self::Kysy => Some("跨越速运 — Kuayue Express (119, 4008-098-098)"),
            Self::Jt => {
                Some("极兔速递 — J&T Express (no numeric id listed, 400-820-1666)")
            }
            Self::Other(_) => None,
        }
    }
}

impl CourierCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::Yto => Some("圆通快递"),
            Self::Zto => Some("中通快递"),
            Self::Yunda => Some("韵达快递"),
            Self::Sto => Some("申通快递"),
            Self::Sf => Some("顺丰快递"),
            Self::Qfkd => Some("全峰快递"),
            Self::Best => Some("百世汇通快递"),
            Self::Ttkdex => Some("天天快递"),
            Self::Zjs => Some("宅急送快递"),
            Self::Gto => Some("国通快递"),
            Self::Lb => Some("龙邦快递"),
            Self::Ane56 => Some("安能快递"),
            Self::Uc => Some("优速快递"),
            Self::Ems => Some("EMS"),
            Self::Fast => Some("快捷快递"),
            Self::Cre => Some("中铁物流"),
            Self::Dbwl => Some("德邦物流"),
            Self::Kysy => Some("跨越速运"),
            Self::Jt => Some("极兔速递"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Yto => Some("YTO Express (numeric id 101, phone 95554)"),
            Self::Zto => Some("ZTO Express (102, 400-827-0270)"),
            Self::Yunda => Some("Yunda Express (103, 400-821-6789)"),
            Self::Sto => Some("STO Express (104, 400-889-5543)"),
            Self::Sf => Some("SF Express (105, 400-811-1111)"),
            Self::Qfkd => Some("Quanfeng Express (106, 400-100-0001)"),
            Self::Best => Some("Best Express (107, 400-956-5656)"),
            Self::Ttkdex => Some("TTK Express (108, 4001-888-888)"),
            Self::Zjs => Some("ZJS Express (109, 400-6789-000)"),
            Self::Gto => Some("GTO Express (110, 400-111-1123)"),
            Self::Lb => Some("Longbang Express (111, 021-59218889)"),
            Self::Ane56 => Some("ANE Logistics (112, 400-104-0088)"),
            Self::Uc => Some("UC Express (113, 400-111-1119)"),
            Self::Ems => Some("China Post EMS (114, 11185)"),
            Self::Fast => Some("FAST Express (115, 400-830-4888)"),
            Self::Cre => Some("China Railway Express (116, 400-000-5566)"),
            Self::Dbwl => Some("Deppon Logistics (117, 400-830-5555)"),
            Self::Yz => {
                Some(
                    "Name blank in the doc; phone 11183 = China Post parcel (118). DC uses POST for 邮政包裹 (conflict; the doc wins)",
                )
            }
            Self::Kysy => Some("Kuayue Express (119, 4008-098-098)"),
            Self::Jt => Some("J&T Express (no numeric id listed, 400-820-1666)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for CourierCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for CourierCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl DeliveryModeFilter {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::All => "9999",
            Self::StandardExpress => "1",
            Self::UrgentExpress => "2",
            Self::StandardPost => "3",
            Self::PostalExpress => "4",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "9999" => Self::All,
            "1" => Self::StandardExpress,
            "2" => Self::UrgentExpress,
            "3" => Self::StandardPost,
            "4" => Self::PostalExpress,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("全部 — All (default)"),
            Self::StandardExpress => Some("普通快递 — Standard express"),
            Self::UrgentExpress => Some("加急快递 — Urgent express"),
            Self::StandardPost => Some("普通邮递 — Standard post"),
            Self::PostalExpress => Some("邮政特快专递 — China Post EMS"),
            Self::Other(_) => None,
        }
    }
}

impl DeliveryModeFilter {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("全部"),
            Self::StandardExpress => Some("普通快递"),
            Self::UrgentExpress => Some("加急快递"),
            Self::StandardPost => Some("普通邮递"),
            Self::PostalExpress => Some("邮政特快专递"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (default)"),
            Self::StandardExpress => Some("Standard express"),
            Self::UrgentExpress => Some("Urgent express"),
            Self::StandardPost => Some("Standard post"),
            Self::PostalExpress => Some("China Post EMS"),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeliveryModeFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for DeliveryModeFilter {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl DistriStatus {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Delivered => "1",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "1" => Self::Delivered,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Delivered => {
                Some("[inf] Delivered successfully (the doc example value)")
            }
            Self::Other(_) => None,
        }
    }
}

impl DistriStatus {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Delivered => {
                Some("[inf] Delivered successfully (the doc example value)")
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for DistriStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for DistriStatus {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ExchangeAction {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::OutOfStockRefund => "0",
            Self::ConfirmExchange => "1",
            Self::Defer => "2",
            Self::Refuse => "3",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::OutOfStockRefund,
            "1" => Self::ConfirmExchange,
            "2" => Self::Defer,
            "3" => Self::Refuse,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::OutOfStockRefund => Some("Out of stock: refund instead of exchanging"),
            Self::ConfirmExchange => Some("Confirm the exchange"),
            Self::Defer => Some("Defer"),
            Self::Refuse => Some("Refuse"),
            Self::Other(_) => None,
        }
    }
}

impl ExchangeAction {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::OutOfStockRefund => Some("Out of stock: refund instead of exchanging"),
            Self::ConfirmExchange => Some("Confirm the exchange"),
            Self::Defer => Some("Defer"),
            Self::Refuse => Some("Refuse"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ExchangeAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ExchangeAction {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ExchangeGoodsResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::AlreadyQueued => "2",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "2" => Self::AlreadyQueued,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Success (protocol §8.1, all methods)"),
            Self::AlreadyQueued => {
                Some(
                    "队列中已经存在数据 — Already queued (doc example) ([1] DOC-137)",
                )
            }
            Self::Other(_) => None,
        }
    }
}

impl ExchangeGoodsResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::AlreadyQueued => Some("队列中已经存在数据"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Success (protocol §8.1, all methods)"),
            Self::AlreadyQueued => Some("Already queued (doc example) ([1] DOC-137)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ExchangeGoodsResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ExchangeGoodsResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ItemBatchResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Done ([2+] DOC-119, HL, WF; DOC-143, JSDK, CSDK)"),
            Self::Other(_) => None,
        }
    }
}

impl ItemBatchResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Done ([2+] DOC-119, HL, WF; DOC-143, JSDK, CSDK)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ItemBatchResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ItemBatchResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ItemPriceResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::PriceRiseRefused => "403",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "403" => Self::PriceRiseRefused,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Price updated ([1] DOC-118)"),
            Self::PriceRiseRefused => {
                Some(
                    "Refused: the new 当当价 is ≥ 20 yuan and rises ≥ 100 % over the old one ([2+] DOC-118, DOC-120)",
                )
            }
            Self::Other(_) => None,
        }
    }
}

impl ItemPriceResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Price updated ([1] DOC-118)"),
            Self::PriceRiseRefused => {
                Some(
                    "Refused: the new 当当价 is ≥ 20 yuan and rises ≥ 100 % over the old one ([2+] DOC-118, DOC-120)",
                )
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for ItemPriceResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ItemPriceResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ItemState {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Listed => "上架",
            Self::Delisted => "下架",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "上架" => Self::Listed,
            "下架" => Self::Delisted,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Listed => Some("上架 — Listed (on sale)"),
            Self::Delisted => Some("下架 — Delisted (off sale)"),
            Self::Other(_) => None,
        }
    }
}

impl ItemState {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::Listed => Some("上架"),
            Self::Delisted => Some("下架"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Listed => Some("Listed (on sale)"),
            Self::Delisted => Some("Delisted (off sale)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ItemState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ItemState {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ItemStatusResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::WrongItemState => "11",
            Self::WrongItemId => "17",
            Self::WrongTargetState => "84",
            Self::NotAFailure => "1000",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "11" => Self::WrongItemState,
            "17" => Self::WrongItemId,
            "84" => Self::WrongTargetState,
            "1000" => Self::NotAFailure,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("State changed ([2+] DG, JSDK)"),
            Self::WrongItemState => Some("Item-state error ([1] DG DangdangCommonTool)"),
            Self::WrongItemId => {
                Some("Item-identifier error ([1] DG DangdangCommonTool)")
            }
            Self::WrongTargetState => {
                Some(
                    "Update-state error: only 上架 or 下架 allowed ([1] DG DangdangCommonTool)",
                )
            }
            Self::NotAFailure => {
                Some(
                    "Meaning unknown; JSDK treats it as not a failure ([1] JSDK; [inf] the item is already in that state)",
                )
            }
            Self::Other(_) => None,
        }
    }
}

impl ItemStatusResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("State changed ([2+] DG, JSDK)"),
            Self::WrongItemState => Some("Item-state error ([1] DG DangdangCommonTool)"),
            Self::WrongItemId => {
                Some("Item-identifier error ([1] DG DangdangCommonTool)")
            }
            Self::WrongTargetState => {
                Some(
                    "Update-state error: only 上架 or 下架 allowed ([1] DG DangdangCommonTool)",
                )
            }
            Self::NotAFailure => {
                Some(
                    "Meaning unknown; JSDK treats it as not a failure ([1] JSDK; [inf] the item is already in that state)",
                )
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for ItemStatusResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ItemStatusResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ItemStockResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::OuterItemIdNotFound => "22",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "22" => Self::OuterItemIdNotFound,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Stock updated ([2+] DOC-117, DG, D1, ZEND)"),
            Self::OuterItemIdNotFound => {
                Some(
                    "No Dangdang item for that outer item id ([1] WF); WD shows the message 企业商品标识符错误 (bad outer item id) with no code",
                )
            }
            Self::Other(_) => None,
        }
    }
}

impl ItemStockResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Stock updated ([2+] DOC-117, DG, D1, ZEND)"),
            Self::OuterItemIdNotFound => {
                Some(
                    "No Dangdang item for that outer item id ([1] WF); WD shows the message 企业商品标识符错误 (bad outer item id) with no code",
                )
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for ItemStockResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ItemStockResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl OrderItemType {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Product => "0",
            Self::Gift => "1",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Product,
            "1" => Self::Gift,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Product => Some("商品 — A sold product"),
            Self::Gift => Some("赠品 — A gift (WF zeroes its price)"),
            Self::Other(_) => None,
        }
    }
}

impl OrderItemType {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::Product => Some("商品"),
            Self::Gift => Some("赠品"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Product => Some("A sold product"),
            Self::Gift => Some("A gift (WF zeroes its price)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for OrderItemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for OrderItemType {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl OrderLabel {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Red => "1",
            Self::Yellow => "2",
            Self::Green => "3",
            Self::Blue => "4",
            Self::Purple => "5",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "1" => Self::Red,
            "2" => Self::Yellow,
            "3" => Self::Green,
            "4" => Self::Blue,
            "5" => Self::Purple,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Red => Some("红 — Red"),
            Self::Yellow => Some("黄 — Yellow"),
            Self::Green => Some("绿 — Green"),
            Self::Blue => Some("蓝 — Blue"),
            Self::Purple => Some("紫 — Purple"),
            Self::Other(_) => None,
        }
    }
}

impl OrderLabel {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::Red => Some("红"),
            Self::Yellow => Some("黄"),
            Self::Green => Some("绿"),
            Self::Blue => Some("蓝"),
            Self::Purple => Some("紫"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Red => Some("Red"),
            Self::Yellow => Some("Yellow"),
            Self::Green => Some("Green"),
            Self::Blue => Some("Blue"),
            Self::Purple => Some("Purple"),
            _ => None,
        }
    }
}

impl std::fmt::Display for OrderLabel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for OrderLabel {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl OrderMode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::SellerShips => "1",
            Self::DangdangShips => "2",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "1" => Self::SellerShips,
            "2" => Self::DangdangShips,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::SellerShips => Some("自发 — The seller ships"),
            Self::DangdangShips => {
                Some("代发 — Dangdang ships on the seller's behalf")
            }
            Self::Other(_) => None,
        }
    }
}

impl OrderMode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::SellerShips => Some("自发"),
            Self::DangdangShips => Some("代发"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::SellerShips => Some("The seller ships"),
            Self::DangdangShips => Some("Dangdang ships on the seller's behalf"),
            _ => None,
        }
    }
}

impl std::fmt::Display for OrderMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for OrderMode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl OrderState {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::AwaitingReview => "50",
            Self::AwaitingPayment => "100",
            Self::AwaitingShipment => "101",
            Self::Shipped => "300",
            Self::Delivered => "400",
            Self::Completed => "1000",
            Self::Cancelled => "-100",
            Self::Failed => "1100",
            Self::Split => "-200",
            Self::All => "9999",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "50" => Self::AwaitingReview,
            "100" => Self::AwaitingPayment,
            "101" => Self::AwaitingShipment,
            "300" => Self::Shipped,
            "400" => Self::Delivered,
            "1000" => Self::Completed,
            "-100" => Self::Cancelled,
            "1100" => Self::Failed,
            "-200" => Self::Split,
            "9999" => Self::All,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::AwaitingReview => Some("等待审核 — Awaiting review"),
            Self::AwaitingPayment => Some("等待到款 — Awaiting payment"),
            Self::AwaitingShipment => {
                Some(
                    "等待发货 — Awaiting shipment (orders shown as 等待配货 in the back-office also come back as 101)",
                )
            }
            Self::Shipped => Some("已发货 — Shipped"),
            Self::Delivered => Some("已送达 — Delivered"),
            Self::Completed => Some("交易成功 — Completed"),
            Self::Cancelled => Some("取消 — Cancelled"),
            Self::Failed => Some("交易失败 — Failed"),
            Self::Split => {
                Some(
                    "已拆单 — Split into packages (removed from the `os` filter in v3.0, 2021-08)",
                )
            }
            Self::All => Some("全部 — All states (request filter only)"),
            Self::Other(_) => None,
        }
    }
}

impl OrderState {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::AwaitingReview => Some("等待审核"),
            Self::AwaitingPayment => Some("等待到款"),
            Self::AwaitingShipment => Some("等待发货"),
            Self::Shipped => Some("已发货"),
            Self::Delivered => Some("已送达"),
            Self::Completed => Some("交易成功"),
            Self::Cancelled => Some("取消"),
            Self::Failed => Some("交易失败"),
            Self::Split => Some("已拆单"),
            Self::All => Some("全部"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::AwaitingReview => Some("Awaiting review"),
            Self::AwaitingPayment => Some("Awaiting payment"),
            Self::AwaitingShipment => {
                Some(
                    "Awaiting shipment (orders shown as 等待配货 in the back-office also come back as 101)",
                )
            }
            Self::Shipped => Some("Shipped"),
            Self::Delivered => Some("Delivered"),
            Self::Completed => Some("Completed"),
            Self::Cancelled => Some("Cancelled"),
            Self::Failed => Some("Failed"),
            Self::Split => {
                Some(
                    "Split into packages (removed from the `os` filter in v3.0, 2021-08)",
                )
            }
            Self::All => Some("All states (request filter only)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for OrderState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for OrderState {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl QaAnswerResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::QaIdNotFound => "201",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "201" => Self::QaIdNotFound,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Done (`QAOperation` e.g. 操作成功)"),
            Self::QaIdNotFound => {
                Some("留言编号不存在 — The question id does not exist")
            }
            Self::Other(_) => None,
        }
    }
}

impl QaAnswerResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::QaIdNotFound => Some("留言编号不存在"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Done (`QAOperation` e.g. 操作成功)"),
            Self::QaIdNotFound => Some("The question id does not exist"),
            _ => None,
        }
    }
}

impl std::fmt::Display for QaAnswerResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for QaAnswerResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReceiptDetailsResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::WrongOrderId => "35",
            Self::WrongOrderState => "51",
            Self::OperationFailed => "232",
            Self::ShopIdEmpty => "410",
            Self::ShopIdUnknown => "411",
            Self::NoWarehouseForCity => "640",
            Self::AllOrderIdsWrong => "1207",
            Self::TooManyOrderIds => "2207",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "35" => Self::WrongOrderId,
            "51" => Self::WrongOrderState,
            "232" => Self::OperationFailed,
            "410" => Self::ShopIdEmpty,
            "411" => Self::ShopIdUnknown,
            "640" => Self::NoWarehouseForCity,
            "1207" => Self::AllOrderIdsWrong,
            "2207" => Self::TooManyOrderIds,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => {
                Some(
                    "Success (protocol §8.1, all methods; here success usually shows as an empty operCode [2+] HL, WF)",
                )
            }
            Self::WrongOrderId => Some("订单编号错误 — Wrong order id ([1] DG)"),
            Self::WrongOrderState => Some("Wrong order state ([1] DG)"),
            Self::OperationFailed => Some("Operation failed ([1] DG)"),
            Self::ShopIdEmpty => Some("gShopID empty (legacy) ([1] DG)"),
            Self::ShopIdUnknown => {
                Some(
                    "gShopID does not exist (legacy) (protocol §8.1 lists it for receipt details: [2+] DG, DC)",
                )
            }
            Self::NoWarehouseForCity => {
                Some("No warehouse for the customer's city ([1] DG)")
            }
            Self::AllOrderIdsWrong => Some("All order ids wrong ([1] DG)"),
            Self::TooManyOrderIds => {
                Some("More than 100 order ids ([1] DG, on a sibling method)")
            }
            Self::Other(_) => None,
        }
    }
}

impl ReceiptDetailsResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::WrongOrderId => Some("订单编号错误"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => {
                Some(
                    "Success (protocol §8.1, all methods; here success usually shows as an empty operCode [2+] HL, WF)",
                )
            }
            Self::WrongOrderId => Some("Wrong order id ([1] DG)"),
            Self::WrongOrderState => Some("Wrong order state ([1] DG)"),
            Self::OperationFailed => Some("Operation failed ([1] DG)"),
            Self::ShopIdEmpty => Some("gShopID empty (legacy) ([1] DG)"),
            Self::ShopIdUnknown => {
                Some(
                    "gShopID does not exist (legacy) (protocol §8.1 lists it for receipt details: [2+] DG, DC)",
                )
            }
            Self::NoWarehouseForCity => {
                Some("No warehouse for the customer's city ([1] DG)")
            }
            Self::AllOrderIdsWrong => Some("All order ids wrong ([1] DG)"),
            Self::TooManyOrderIds => {
                Some("More than 100 order ids ([1] DG, on a sibling method)")
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for ReceiptDetailsResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReceiptDetailsResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReceiptIssuer {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Dangdang => "1",
            Self::NotDangdang => "2",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "1" => Self::Dangdang,
            "2" => Self::NotDangdang,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Dangdang => Some("当当开具 — Issued by Dangdang"),
            Self::NotDangdang => Some("非当当开具 — Not issued by Dangdang"),
            Self::Other(_) => None,
        }
    }
}

impl ReceiptIssuer {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::Dangdang => Some("当当开具"),
            Self::NotDangdang => Some("非当当开具"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Dangdang => Some("Issued by Dangdang"),
            Self::NotDangdang => Some("Not issued by Dangdang"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ReceiptIssuer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReceiptIssuer {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReceiptShippingType {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::NoType => "999",
            Self::Air => "1",
            Self::Road => "2",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "999" => Self::NoType,
            "1" => Self::Air,
            "2" => Self::Road,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::NoType => Some("None"),
            Self::Air => Some("Air"),
            Self::Road => Some("Road"),
            Self::Other(_) => None,
        }
    }
}

impl ReceiptShippingType {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::NoType => Some("None"),
            Self::Air => Some("Air"),
            Self::Road => Some("Road"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ReceiptShippingType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReceiptShippingType {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReturnAction {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::AgreeRefund => "1000",
            Self::Refuse => "1100",
            Self::Defer => "1200",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "1000" => Self::AgreeRefund,
            "1100" => Self::Refuse,
            "1200" => Self::Defer,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::AgreeRefund => Some("Agree to refund"),
            Self::Refuse => Some("Refuse"),
            Self::Defer => Some("Defer"),
            Self::Other(_) => None,
        }
    }
}

impl ReturnAction {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::AgreeRefund => Some("Agree to refund"),
            Self::Refuse => Some("Refuse"),
            Self::Defer => Some("Defer"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ReturnAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReturnAction {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReturnApplyStatus {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::All => "9999",
            Self::Cancelled => "-100",
            Self::Failed => "1100",
            Self::AwaitingReview => "0",
            Self::Completed => "300",
            Self::Accepted => "1000",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "9999" => Self::All,
            "-100" => Self::Cancelled,
            "1100" => Self::Failed,
            "0" => Self::AwaitingReview,
            "300" => Self::Completed,
            "1000" => Self::Accepted,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (the default)"),
            Self::Cancelled => Some("Cancelled"),
            Self::Failed => Some("Failed"),
            Self::AwaitingReview => Some("Awaiting review"),
            Self::Completed => Some("Return/exchange done"),
            Self::Accepted => Some("Accepted"),
            Self::Other(_) => None,
        }
    }
}

impl ReturnApplyStatus {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (the default)"),
            Self::Cancelled => Some("Cancelled"),
            Self::Failed => Some("Failed"),
            Self::AwaitingReview => Some("Awaiting review"),
            Self::Completed => Some("Return/exchange done"),
            Self::Accepted => Some("Accepted"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ReturnApplyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReturnApplyStatus {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReturnApprovalStatus {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::AwaitingReview => "0",
            Self::Approved => "1",
            Self::Rejected => "2",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::AwaitingReview,
            "1" => Self::Approved,
            "2" => Self::Rejected,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::AwaitingReview => Some("未审核 — Awaiting review"),
            Self::Approved => {
                Some(
                    "审核通过待处理 — Approved (awaiting handling); the approve doc example sends 1",
                )
            }
            Self::Rejected => {
                Some(
                    "审核不通过 — Rejected ([inf] also the value to send to reject; not stated)",
                )
            }
            Self::Other(_) => None,
        }
    }
}

impl ReturnApprovalStatus {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::AwaitingReview => Some("未审核"),
            Self::Approved => Some("审核通过待处理"),
            Self::Rejected => Some("审核不通过"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::AwaitingReview => Some("Awaiting review"),
            Self::Approved => {
                Some("Approved (awaiting handling); the approve doc example sends 1")
            }
            Self::Rejected => {
                Some("Rejected ([inf] also the value to send to reject; not stated)")
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for ReturnApprovalStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReturnApprovalStatus {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReturnExchangeType {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::All => "9999",
            Self::Return => "1",
            Self::Exchange => "2",
            Self::ReturnOnBuyersBehalf => "3",
            Self::RefundOnly => "5",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "9999" => Self::All,
            "1" => Self::Return,
            "2" => Self::Exchange,
            "3" => Self::ReturnOnBuyersBehalf,
            "5" => Self::RefundOnly,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (request filter only; the default)"),
            Self::Return => Some("Return"),
            Self::Exchange => Some("Exchange"),
            Self::ReturnOnBuyersBehalf => {
                Some("代退货 — Return on the buyer's behalf (element only, [1] EF)")
            }
            Self::RefundOnly => {
                Some(
                    "仅退款 — Refund only (request filter, v1.1, 2017-06); the value the element carries for such requests was not found",
                )
            }
            Self::Other(_) => None,
        }
    }
}

impl ReturnExchangeType {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::ReturnOnBuyersBehalf => Some("代退货"),
            Self::RefundOnly => Some("仅退款"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (request filter only; the default)"),
            Self::Return => Some("Return"),
            Self::Exchange => Some("Exchange"),
            Self::ReturnOnBuyersBehalf => {
                Some("Return on the buyer's behalf (element only, [1] EF)")
            }
            Self::RefundOnly => {
                Some(
                    "Refund only (request filter, v1.1, 2017-06); the value the element carries for such requests was not found",
                )
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for ReturnExchangeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReturnExchangeType {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReturnGoodsResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Success ([1] DOC-136)"),
            Self::Other(_) => None,
        }
    }
}

impl ReturnGoodsResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Success ([1] DOC-136)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ReturnGoodsResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReturnGoodsResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReturnProcessingResult {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::All => "9999",
            Self::Agreed => "1",
            Self::Refused => "2",
            Self::Deferred => "3",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "9999" => Self::All,
            "1" => Self::Agreed,
            "2" => Self::Refused,
            "3" => Self::Deferred,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (request filter only; the default)"),
            Self::Agreed => Some("Agreed"),
            Self::Refused => Some("Refused"),
            Self::Deferred => Some("Deferred (element only)"),
            Self::Other(_) => None,
        }
    }
}

impl ReturnProcessingResult {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (request filter only; the default)"),
            Self::Agreed => Some("Agreed"),
            Self::Refused => Some("Refused"),
            Self::Deferred => Some("Deferred (element only)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ReturnProcessingResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReturnProcessingResult {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl ReturnProcessingStatus {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::All => "9999",
            Self::Pending => "1",
            Self::Processed => "2",
            Self::Deferred => "3",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "9999" => Self::All,
            "1" => Self::Pending,
            "2" => Self::Processed,
            "3" => Self::Deferred,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (request filter only; the default)"),
            Self::Pending => Some("Pending"),
            Self::Processed => Some("Processed"),
            Self::Deferred => Some("Deferred (listed by WF only)"),
            Self::Other(_) => None,
        }
    }
}

impl ReturnProcessingStatus {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::All => Some("All (request filter only; the default)"),
            Self::Pending => Some("Pending"),
            Self::Processed => Some("Processed"),
            Self::Deferred => Some("Deferred (listed by WF only)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for ReturnProcessingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for ReturnProcessingStatus {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl SendGoodsResultCode {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Success => "0",
            Self::WrongOrderId => "35",
            Self::AllQuantitiesZero => "39",
            Self::WrongCourierInfo => "40",
            Self::WrongItem => "41",
            Self::WrongQuantity => "42",
            Self::WrongOrderState => "51",
            Self::NoXmlUploaded => "100",
            Self::FileTooLarge => "101",
            Self::NotXml => "102",
            Self::UploadError => "103",
            Self::ShopIdEmpty => "410",
            Self::ShopIdUnknown => "411",
            Self::SystemException => "500",
            Self::CodStateLocked => "601",
            Self::StateForbidsShipping => "605",
            Self::PartialShippingNotAllowed => "618",
            Self::PendingCancelRequest => "665",
            Self::ApportionmentFailed => "1203",
            Self::PickingCompleteFailed => "1204",
            Self::WrongItemOrPromotion => "1205",
            Self::AllOrderIdsWrong => "1207",
            Self::ShippingFailed => "1208",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "0" => Self::Success,
            "35" => Self::WrongOrderId,
            "39" => Self::AllQuantitiesZero,
            "40" => Self::WrongCourierInfo,
            "41" => Self::WrongItem,
            "42" => Self::WrongQuantity,
            "51" => Self::WrongOrderState,
            "100" => Self::NoXmlUploaded,
            "101" => Self::FileTooLarge,
            "102" => Self::NotXml,
            "103" => Self::UploadError,
            "410" => Self::ShopIdEmpty,
            "411" => Self::ShopIdUnknown,
            "500" => Self::SystemException,
            "601" => Self::CodStateLocked,
            "605" => Self::StateForbidsShipping,
            "618" => Self::PartialShippingNotAllowed,
            "665" => Self::PendingCancelRequest,
            "1203" => Self::ApportionmentFailed,
            "1204" => Self::PickingCompleteFailed,
            "1205" => Self::WrongItemOrPromotion,
            "1207" => Self::AllOrderIdsWrong,
            "1208" => Self::ShippingFailed,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("成功 — Shipped ([2+] DG, DS, WF)"),
            Self::WrongOrderId => {
                Some(
                    "订单编号错误 — Wrong order id; WF treats it as already handled ([2+] DG, WF)",
                )
            }
            Self::AllQuantitiesZero => Some("All ship quantities are 0 ([2+] DG, DC)"),
            Self::WrongCourierInfo => {
                Some("Courier name, phone or waybill wrong ([2+] DG, DC)")
            }
            Self::WrongItem => Some("Wrong shipped item ([1] DC)"),
            Self::WrongQuantity => Some("Wrong shipped quantity ([2+] DG, DC)"),
            Self::WrongOrderState => Some("Wrong order state ([2+] DG, DC, WF)"),
            Self::NoXmlUploaded => Some("No XML file uploaded ([1] DC)"),
            Self::FileTooLarge => Some("File too large ([1] DC)"),
            Self::NotXml => Some("Not an XML file ([1] DC)"),
            Self::UploadError => Some("Upload error ([1] DC)"),
            Self::ShopIdEmpty => Some("gShopID empty (legacy) ([2+] DG, DC)"),
            Self::ShopIdUnknown => Some("gShopID does not exist (legacy) ([2+] DG, DC)"),
            Self::SystemException => Some("System exception ([1] DC)"),
            Self::CodStateLocked => Some("COD order state may not be changed ([1] DC)"),
            Self::StateForbidsShipping => {
                Some(
                    "订单状态决定该订单不能发货 — Order state does not allow shipping ([2+] DG, DC, WF)",
                )
            }
            Self::PartialShippingNotAllowed => {
                Some("Category does not allow partial shipping ([1] DC)")
            }
            Self::PendingCancelRequest => {
                Some(
                    "An unhandled cancel request exists; review it in the back-office first ([1] DG)",
                )
            }
            Self::ApportionmentFailed => {
                Some(
                    "分摊计算失败 — Apportionment calculation failed ([2+] DG, DC)",
                )
            }
            Self::PickingCompleteFailed => {
                Some("配货完成失败 — The 配货完成 step failed ([2+] DG, DC)")
            }
            Self::WrongItemOrPromotion => {
                Some("Wrong item id or promotion id ([2+] DG, DC)")
            }
            Self::AllOrderIdsWrong => {
                Some("All order ids wrong; WF: order does not exist ([2+] DG, WF)")
            }
            Self::ShippingFailed => Some("Shipping operation failed ([1] DG)"),
            Self::Other(_) => None,
        }
    }
}

impl SendGoodsResultCode {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("成功"),
            Self::WrongOrderId => Some("订单编号错误"),
            Self::StateForbidsShipping => Some("订单状态决定该订单不能发货"),
            Self::ApportionmentFailed => Some("分摊计算失败"),
            Self::PickingCompleteFailed => Some("配货完成失败"),
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Success => Some("Shipped ([2+] DG, DS, WF)"),
            Self::WrongOrderId => {
                Some("Wrong order id; WF treats it as already handled ([2+] DG, WF)")
            }
            Self::AllQuantitiesZero => Some("All ship quantities are 0 ([2+] DG, DC)"),
            Self::WrongCourierInfo => {
                Some("Courier name, phone or waybill wrong ([2+] DG, DC)")
            }
            Self::WrongItem => Some("Wrong shipped item ([1] DC)"),
            Self::WrongQuantity => Some("Wrong shipped quantity ([2+] DG, DC)"),
            Self::WrongOrderState => Some("Wrong order state ([2+] DG, DC, WF)"),
            Self::NoXmlUploaded => Some("No XML file uploaded ([1] DC)"),
            Self::FileTooLarge => Some("File too large ([1] DC)"),
            Self::NotXml => Some("Not an XML file ([1] DC)"),
            Self::UploadError => Some("Upload error ([1] DC)"),
            Self::ShopIdEmpty => Some("gShopID empty (legacy) ([2+] DG, DC)"),
            Self::ShopIdUnknown => Some("gShopID does not exist (legacy) ([2+] DG, DC)"),
            Self::SystemException => Some("System exception ([1] DC)"),
            Self::CodStateLocked => Some("COD order state may not be changed ([1] DC)"),
            Self::StateForbidsShipping => {
                Some("Order state does not allow shipping ([2+] DG, DC, WF)")
            }
            Self::PartialShippingNotAllowed => {
                Some("Category does not allow partial shipping ([1] DC)")
            }
            Self::PendingCancelRequest => {
                Some(
                    "An unhandled cancel request exists; review it in the back-office first ([1] DG)",
                )
            }
            Self::ApportionmentFailed => {
                Some("Apportionment calculation failed ([2+] DG, DC)")
            }
            Self::PickingCompleteFailed => {
                Some("The 配货完成 step failed ([2+] DG, DC)")
            }
            Self::WrongItemOrPromotion => {
                Some("Wrong item id or promotion id ([2+] DG, DC)")
            }
            Self::AllOrderIdsWrong => {
                Some("All order ids wrong; WF: order does not exist ([2+] DG, WF)")
            }
            Self::ShippingFailed => Some("Shipping operation failed ([1] DG)"),
            _ => None,
        }
    }
}

impl std::fmt::Display for SendGoodsResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for SendGoodsResultCode {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

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

impl StandardAttributeFillType {
    /// The wire code.
    pub fn code(&self) -> &str {
        match self {
            Self::Required => "1",
            Self::Optional => "0",
            Self::Other(raw) => raw,
        }
    }

    /// Decodes a wire code; unknown codes become [`Self::Other`].
    pub fn from_code(code: &str) -> Self {
        match code.trim() {
            "1" => Self::Required,
            "0" => Self::Optional,
            other => Self::Other(other.to_owned()),
        }
    }

    /// What the code means (Chinese meaning — English summary), `None` for unknown codes.
    pub fn meaning(&self) -> Option<&'static str> {
        match self {
            Self::Required => Some("Must be filled in"),
            Self::Optional => Some("May be left empty"),
            Self::Other(_) => None,
        }
    }
}

impl StandardAttributeFillType {
    /// The Chinese name of the code as Dangdang words it, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn zh(&self) -> Option<&'static str> {
        match self {
            _ => None,
        }
    }

    /// The English summary of the code, when the spec has one.
    #[allow(clippy::match_single_binding)]
    pub fn en(&self) -> Option<&'static str> {
        match self {
            Self::Required => Some("Must be filled in"),
            Self::Optional => Some("May be left empty"),
            _ => None,
        }
    }
}

impl std::fmt::Display for StandardAttributeFillType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl crate::wire::WireValue for StandardAttributeFillType {
    fn to_wire(&self) -> String {
        self.code().to_owned()
    }

    fn from_wire(text: &str) -> Result<Self, String> {
        Ok(Self::from_code(text))
    }
}

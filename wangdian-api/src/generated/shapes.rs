// @generated from spec/wangdian.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! Shapes several methods share, from the spec's `shapes:` section: each struct is defined once
//! here and re-exported by the `upload` module or the reply of every method that uses it.

/// 同步结果列表 — One element of the syncList argument of sales.LogisticsSync.update.
///
/// JSON key `syncList`.
#[doc(alias = "syncList")]
#[cfg(feature = "trade")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LogisticsSyncResult {
    /// 物流同步 — 在物流同步接口获取到的物流同步id — Logistics sync id, as returned by the logistics-sync query.
    ///
    /// Wire name: `sync_id` (integer).
    pub sync_id: i32,
    /// 同步结果 — 0: 同步成功、-100: 还需同步，2:同步失败 — 0 同步成功, -100 还需同步, 2 同步失败. Declared Int; the doc's example sends the string "0"; the spec sends a JSON number.
    ///
    /// Wire name: `status` (integer).
    /// Allowed values (checked before sending): `0`, `-100`, `2`.
    pub status: i32,
    /// 错误信息 — 失败的错误信息，若成功传“” — Error message of a failure; pass "" on success.
    ///
    /// Wire name: `error_msg` (text).
    pub error_msg: Option<String>,
}

#[cfg(feature = "trade")]
impl LogisticsSyncResult {
    /// Builds `<syncList>` from its required children; optional ones start empty.
    pub fn new(sync_id: i32, status: i32) -> Self {
        Self {
            sync_id,
            status,
            error_msg: None,
        }
    }

    /// Checks the spec's limits on every value; `method` names the call in errors.
    pub(crate) fn check(&self, method: &'static str) -> Result<(), crate::Error> {
        crate::rt::check(
            method,
            "status",
            &crate::rt::wire::text(&self.status),
            &crate::Rule::OneOf(&["0", "-100", "2"]),
        )?;
        Ok(())
    }
}

#[cfg(feature = "trade")]
impl crate::json::ToJson for LogisticsSyncResult {
    fn to_json(&self) -> crate::json::Value {
        let mut object = crate::json::Object::new();
        object.req("sync_id", &self.sync_id);
        object.req("status", &self.status);
        object.opt("error_msg", &self.error_msg);
        object.into_value()
    }
}

/// 原始单信息 — One element of the rawTradeList argument of sales.RawTrade.pushSelf2.
///
/// JSON key `rawTradeList`.
#[doc(alias = "rawTradeList")]
#[cfg(feature = "trade")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RawTrade {
    /// 原始单号 — 指商城、官网等平台的订单编号，ERP称之为原始单号，同一个sid下通过本接口新增订单的tid保证唯一。 — Raw trade number, unique per sid; pushing an existing tid updates it.
    ///
    /// Wire name: `tid` (text).
    /// At most 40 characters (checked before sending).
    pub tid: String,
    /// 处理状态 — 是否执行自动递交以系统配置为准 / 10: 待递交, / 20: 已递交， / 30: 部分发货， / 40: 已发货， / 60: 已完成， / 70: 已取消 — Processing status (whether it is submitted automatically follows the system setting): 10 awaiting submission, 20 submitted, 30 partly shipped, 40 shipped, 60 completed, 70 cancelled.
    ///
    /// Wire name: `process_status` (integer).
    /// Allowed values (checked before sending): `10`, `20`, `30`, `40`, `60`, `70`.
    pub process_status: i32,
    /// 平台状态 — 10未确认 20待尾款 30待发货 40部分发货 50已发货 60已签收 70已完成 80已退款 90已关闭(付款前取消)，单据状态变更点击 文档查看 — Platform status: 10 unconfirmed, 20 awaiting balance payment, 30 awaiting shipment, 40 partly shipped, 50 shipped, 60 signed for, 70 completed, 80 refunded, 90 closed (cancelled before payment); see the doc on status changes.
    ///
    /// Wire name: `trade_status` (integer).
    /// Allowed values (checked before sending): `10`, `20`, `30`, `40`, `50`, `60`, `70`, `80`, `90`.
    pub trade_status: i32,
    /// 退款状态 — 0无退款 1申请退款 2部分退款 3全部退款，单据状态变更点击 文档查看 — Refund status: 0 no refund, 1 refund requested, 2 partly refunded, 3 fully refunded; see the doc on status changes.
    ///
    /// Wire name: `refund_status` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`.
    pub refund_status: i32,
    /// 付款状态 — 0未付款1部分付款2已付款 — Payment status: 0 unpaid, 1 partly paid, 2 paid.
    ///
    /// Wire name: `pay_status` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`.
    pub pay_status: i32,
    /// 子订单个数 — 原始单包含的子订单数，rawTradeOrderList节点下所有子单数之和 — Number of sub-orders in the original order: all sub-orders under rawTradeOrderList.
    ///
    /// Wire name: `order_count` (integer).
    pub order_count: i32,
    /// 货品总数量 — 货品总数量，rawTradeOrderList节点下所有“num”数量之和 — Total goods quantity: the sum of every num under rawTradeOrderList.
    ///
    /// Wire name: `goods_count` (decimal yuan).
    pub goods_count: crate::Decimal,
    /// 支付方式 — 1在线转帐 2现金，3银行转账，4邮局汇款 5预付款 6刷卡 7支付宝 8微信支付 — The page lists 1–8 (8 = 微信支付) but the error page has pay_methodmust be less than or equal to 7 \[uncertain: the sources disagree\]; not checked.
    ///
    /// Wire name: `pay_method` (integer).
    pub pay_method: i32,
    /// 下单时间 — Order time (Beijing time); later than the server's time gives 下单时间非法,原始单号为：…
    ///
    /// Wire name: `trade_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub trade_time: crate::BeijingTime,
    /// 支付时间 — Payment time.
    ///
    /// Wire name: `pay_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub pay_time: Option<crate::BeijingTime>,
    /// 交易结束时间 — 交易结束时间，若无则传null — Trade end time; the doc says to send null when there is none (marked required): the spec leaves it optional.
    ///
    /// Wire name: `end_time` (`yyyy-MM-dd HH:mm:ss`, Beijing time).
    pub end_time: Option<crate::BeijingTime>,
    /// 买家昵称/客户网名 — 若无则传一个固定值 — Buyer nickname / customer online name; pass a fixed value if none.
    ///
    /// Wire name: `buyer_nick` (text; buyer personal data, redacted in `Debug`).
    /// At most 100 characters (checked before sending).
    pub buyer_nick: crate::Personal,
    /// 买家备注 — 若无则传‘’ — Buyer remark; pass '' if none.
    ///
    /// Wire name: `buyer_message` (text; buyer personal data, redacted in `Debug`).
    /// At most 1024 characters (checked before sending).
    pub buyer_message: Option<crate::Personal>,
    /// 买家邮箱 — ‘’ — Buyer email ('').
    ///
    /// Wire name: `buyer_email` (text; buyer personal data, redacted in `Debug`).
    /// At most 40 characters (checked before sending).
    pub buyer_email: Option<crate::Personal>,
    /// 买家地区 — ‘’ — Buyer region ('').
    ///
    /// Wire name: `buyer_area` (text; buyer personal data, redacted in `Debug`).
    /// At most 255 characters (checked before sending).
    pub buyer_area: Option<crate::Personal>,
    /// 收件人姓名 — Receiver name.
    ///
    /// Wire name: `receiver_name` (text; buyer personal data, redacted in `Debug`).
    /// At most 100 characters (checked before sending).
    pub receiver_name: crate::Personal,
    /// 省市区 — 省市区空格分隔，示例【北京 北京市 朝阳区】，省市区推送旺店通地址库， 点击查看 — 省 市 区 separated by spaces, from Wangdian's address library; may be left out when receiver_province_no/city_no/district_no are sent.
    ///
    /// Wire name: `receiver_area` (text; buyer personal data, redacted in `Debug`).
    /// At most 40 characters (checked before sending).
    pub receiver_area: crate::Personal,
    /// 地址 — 收件人详细地址，不包含省市区，示例【xx街道xx小区xx号楼101】 — Receiver's detailed address without province, city and district, e.g. 【xx街道xx小区xx号楼101】.
    ///
    /// Wire name: `receiver_address` (text; buyer personal data, redacted in `Debug`).
    /// At most 256 characters (checked before sending).
    pub receiver_address: crate::Personal,
    /// 收件人邮编 — 收件人邮编，若无则传‘’ — Receiver postal code; pass '' if none.
    ///
    /// Wire name: `receiver_zip` (text; buyer personal data, redacted in `Debug`).
    /// At most 20 characters (checked before sending).
    pub receiver_zip: Option<crate::Personal>,
    /// 收件人手机 — 该字段必传，收件人手机号，为11位手机号码，示例【13888888888】 — Receiver mobile, required: an 11-digit mobile number, e.g. 【13888888888】.
    ///
    /// Wire name: `receiver_mobile` (text; buyer personal data, redacted in `Debug`).
    /// At most 40 characters (checked before sending).
    pub receiver_mobile: crate::Personal,
    /// 收件人电话 — 收件人固话号，为11位固话号码，示例【02288888888】 — Receiver landline, an 11-digit number, e.g. 【02288888888】.
    ///
    /// Wire name: `receiver_telno` (text; buyer personal data, redacted in `Debug`).
    /// At most 40 characters (checked before sending).
    pub receiver_telno: Option<crate::Personal>,
    /// 邮费 — Postage.
    ///
    /// Wire name: `post_amount` (decimal yuan).
    pub post_amount: crate::Decimal,
    /// 其他费用 — Other fees.
    ///
    /// Wire name: `other_amount` (decimal yuan).
    pub other_amount: Option<crate::Decimal>,
    /// 优惠金额 — Discount amount.
    ///
    /// Wire name: `discount` (decimal yuan).
    pub discount: crate::Decimal,
    /// 应收金额 — 应收金额，售前退款会变化，“详细金额逻辑点击 查看” — Receivable amount; changes with pre-sale refunds (see the detailed amount logic).
    ///
    /// Wire name: `receivable` (decimal yuan).
    pub receivable: crate::Decimal,
    /// 平台费用 — 0.0000 — Platform fee (0.0000).
    ///
    /// Wire name: `platform_cost` (decimal yuan).
    pub platform_cost: Option<crate::Decimal>,
    /// 发票类别 — 0：不需要 / 1：普通发票 / 2：增值税普通发票 / 3：增值税专用发票 — Invoice type: 0 none needed, 1 ordinary invoice, 2 VAT ordinary invoice, 3 VAT special invoice.
    ///
    /// Wire name: `invoice_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`.
    pub invoice_type: Option<i32>,
    /// 发票抬头 — 发票抬头，若无则传‘’ — Invoice title; pass '' if none.
    ///
    /// Wire name: `invoice_title` (text; buyer personal data, redacted in `Debug`).
    /// At most 255 characters (checked before sending).
    pub invoice_title: Option<crate::Personal>,
    /// 发票内容 — 发票内容，格式：纳税人识别号:*******;地址:*******;开户银行:*******;银行账号:******;联系电话:*****,电子邮箱***** 若无则传‘"" — Invoice content, format 纳税人识别号:*;地址:*;开户银行:*;银行账号:*;联系电话:*,电子邮箱* (taxpayer id, address, bank, bank account, phone, email); pass '' if none.
    ///
    /// Wire name: `invoice_content` (text; buyer personal data, redacted in `Debug`).
    /// At most 255 characters (checked before sending).
    pub invoice_content: Option<crate::Personal>,
    /// 物流类别 — -1 — Logistics type (-1).
    ///
    /// Wire name: `logistics_type` (integer).
    pub logistics_type: Option<i32>,
    /// 物流编号 — 系统物流编号（设置--基本设置--物流） — The ERP's logistics-company code (setting.Logistics.queryLogistics logistics_no) \[likely\].
    ///
    /// Wire name: `cust_data` (text).
    pub cust_data: Option<String>,
    /// 发货条件 — 1款到发货 2货到付款(包含部分货到付款) 3分期付款 — Delivery terms: 1 pay before shipment, 2 cash on delivery (including partial COD), 3 instalments.
    ///
    /// Wire name: `delivery_term` (integer).
    /// Allowed values (checked before sending): `1`, `2`, `3`.
    pub delivery_term: i32,
    /// 平台支付订单ID — ‘’ — Platform payment order id ('').
    ///
    /// Wire name: `pay_id` (text).
    /// At most 40 characters (checked before sending).
    pub pay_id: Option<String>,
    /// 客服备注 — Customer-service remark.
    ///
    /// Wire name: `remark` (text).
    /// At most 1024 characters (checked before sending).
    pub remark: Option<String>,
    /// 客服备注标记 — 标旗（1 红、2 黄、3 绿、4 蓝、5 紫 无则填0） — Customer-service remark flag: 1 red, 2 yellow, 3 green, 4 blue, 5 purple, 0 if none.
    ///
    /// Wire name: `remark_flag` (integer).
    pub remark_flag: Option<i32>,
    /// 货到付款金额 — 若delivery_term=2，则为应付金额，否则为0 — Cash-on-delivery amount: the amount payable when delivery_term=2, else 0.
    ///
    /// Wire name: `cod_amount` (decimal yuan).
    pub cod_amount: Option<crate::Decimal>,
    /// 是否是自流转 — true自流转，false 非自流转 自动流转模式处理办法详解 单击这里 — Self-flow: true self-flow, false not self-flow (see the doc on the automatic-flow mode).
    ///
    /// Wire name: `is_auto_wms` (`true` / `false`).
    pub is_auto_wms: bool,
    /// 仓库编号 — 仅自流转订单填写该仓库编号, 非自流转订单传入空字符串即可 — Only for self-flow (is_auto_wms=true) trades; send "" otherwise.
    ///
    /// Wire name: `warehouse_no` (text).
    /// At most 40 characters (checked before sending).
    pub warehouse_no: String,
    /// 买家支付宝帐号 — ‘’ — Buyer's Alipay account ('').
    ///
    /// Wire name: `pay_account` (text; buyer personal data, redacted in `Debug`).
    /// At most 128 characters (checked before sending).
    pub pay_account: Option<crate::Personal>,
    /// 买家要求的送货日期 — Delivery date requested by the buyer.
    ///
    /// Wire name: `to_deliver_time` (text).
    /// At most 20 characters (checked before sending).
    pub to_deliver_time: Option<String>,
    /// 已收 — 已从平台收款的金额 — Received: the amount already collected from the platform.
    ///
    /// Wire name: `received` (decimal yuan).
    pub received: Option<crate::Decimal>,
    /// 淘宝新增,物流到货时效，单位小时 — Logistics arrival time limit in hours (added by Taobao).
    ///
    /// Wire name: `consign_interval` (integer).
    pub consign_interval: Option<i32>,
    /// 已付 — 已支付金额 — Paid: the amount already paid.
    ///
    /// Wire name: `paid` (decimal yuan).
    pub paid: Option<crate::Decimal>,
    /// 是否能合并订单 — 0：默认 / 3：不允许合并 — Can be merged with other trades: 0 default, 3 merging not allowed.
    ///
    /// Wire name: `is_sealed` (integer).
    /// Allowed values (checked before sending): `0`, `3`.
    pub is_sealed: Option<i32>,
    /// 分销商名称 — Distributor name.
    ///
    /// Wire name: `fenxiao_nick` (text).
    /// At most 40 characters (checked before sending).
    pub fenxiao_nick: Option<String>,
    /// 证件类型 — 0：无 / 1：身份证 / 2：军官证 / 3：护照 — ID document type: 0 none, 1 ID card, 2 officer's card, 3 passport.
    ///
    /// Wire name: `id_card_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`.
    pub id_card_type: Option<i32>,
    /// 证件号 — ID document number.
    ///
    /// Wire name: `id_card` (text; buyer personal data, redacted in `Debug`).
    pub id_card: Option<crate::Personal>,
    /// 省份id — 省份id， 点击查看省市区代码表（传省份id、市id、区id的情况下可以不传receiver_area字段） — Province id (see the region code table); with province, city and district ids, receiver_area may be omitted.
    ///
    /// Wire name: `receiver_province_no` (integer).
    pub receiver_province_no: Option<i32>,
    /// 市id — 市id， 点击查看省市区代码表 （传省份id、市id、区id的情况下可以不传receiver_area字段） — City id (see the region code table); with province, city and district ids, receiver_area may be omitted.
    ///
    /// Wire name: `receiver_city_no` (integer).
    pub receiver_city_no: Option<i32>,
    /// 区id — 区id， 点击查看省市区代码表 （传省份id、市id、区id的情况下可以不传receiver_area字段） — District id (see the region code table); with province, city and district ids, receiver_area may be omitted.
    ///
    /// Wire name: `receiver_district_no` (integer).
    pub receiver_district_no: Option<i32>,
}

#[cfg(feature = "trade")]
impl RawTrade {
    /// Builds `<rawTradeList>` from its required children; optional ones start empty.
    #[allow(
        clippy::too_many_arguments,
        reason = "one argument per required field of the spec"
    )]
    pub fn new(
        tid: impl Into<String>,
        process_status: i32,
        trade_status: i32,
        refund_status: i32,
        pay_status: i32,
        order_count: i32,
        goods_count: crate::Decimal,
        pay_method: i32,
        trade_time: impl Into<crate::BeijingTime>,
        buyer_nick: impl Into<String>,
        receiver_name: impl Into<String>,
        receiver_area: impl Into<String>,
        receiver_address: impl Into<String>,
        receiver_mobile: impl Into<String>,
        post_amount: crate::Decimal,
        discount: crate::Decimal,
        receivable: crate::Decimal,
        delivery_term: i32,
        is_auto_wms: bool,
        warehouse_no: impl Into<String>,
    ) -> Self {
        Self {
            tid: tid.into(),
            process_status,
            trade_status,
            refund_status,
            pay_status,
            order_count,
            goods_count,
            pay_method,
            trade_time: trade_time.into(),
            pay_time: None,
            end_time: None,
            buyer_nick: crate::Personal::new(buyer_nick.into()),
            buyer_message: None,
            buyer_email: None,
            buyer_area: None,
            receiver_name: crate::Personal::new(receiver_name.into()),
            receiver_area: crate::Personal::new(receiver_area.into()),
            receiver_address: crate::Personal::new(receiver_address.into()),
            receiver_zip: None,
            receiver_mobile: crate::Personal::new(receiver_mobile.into()),
            receiver_telno: None,
            post_amount,
            other_amount: None,
            discount,
            receivable,
            platform_cost: None,
            invoice_type: None,
            invoice_title: None,
            invoice_content: None,
            logistics_type: None,
            cust_data: None,
            delivery_term,
            pay_id: None,
            remark: None,
            remark_flag: None,
            cod_amount: None,
            is_auto_wms,
            warehouse_no: warehouse_no.into(),
            pay_account: None,
            to_deliver_time: None,
            received: None,
            consign_interval: None,
            paid: None,
            is_sealed: None,
            fenxiao_nick: None,
            id_card_type: None,
            id_card: None,
            receiver_province_no: None,
            receiver_city_no: None,
            receiver_district_no: None,
        }
    }

    /// Checks the spec's limits on every value; `method` names the call in errors.
    pub(crate) fn check(&self, method: &'static str) -> Result<(), crate::Error> {
        crate::rt::check(
            method,
            "tid",
            &crate::rt::wire::text(&self.tid),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "process_status",
            &crate::rt::wire::text(&self.process_status),
            &crate::Rule::OneOf(&["10", "20", "30", "40", "60", "70"]),
        )?;
        crate::rt::check(
            method,
            "trade_status",
            &crate::rt::wire::text(&self.trade_status),
            &crate::Rule::OneOf(&["10", "20", "30", "40", "50", "60", "70", "80", "90"]),
        )?;
        crate::rt::check(
            method,
            "refund_status",
            &crate::rt::wire::text(&self.refund_status),
            &crate::Rule::OneOf(&["0", "1", "2", "3"]),
        )?;
        crate::rt::check(
            method,
            "pay_status",
            &crate::rt::wire::text(&self.pay_status),
            &crate::Rule::OneOf(&["0", "1", "2"]),
        )?;
        crate::rt::check(
            method,
            "buyer_nick",
            &crate::rt::wire::text(&self.buyer_nick),
            &crate::Rule::MaxChars(100),
        )?;
        if let Some(value) = &self.buyer_message {
            crate::rt::check(
                method,
                "buyer_message",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(1024),
            )?;
        }
        if let Some(value) = &self.buyer_email {
            crate::rt::check(
                method,
                "buyer_email",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.buyer_area {
            crate::rt::check(
                method,
                "buyer_area",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(255),
            )?;
        }
        crate::rt::check(
            method,
            "receiver_name",
            &crate::rt::wire::text(&self.receiver_name),
            &crate::Rule::MaxChars(100),
        )?;
        crate::rt::check(
            method,
            "receiver_area",
            &crate::rt::wire::text(&self.receiver_area),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "receiver_address",
            &crate::rt::wire::text(&self.receiver_address),
            &crate::Rule::MaxChars(256),
        )?;
        if let Some(value) = &self.receiver_zip {
            crate::rt::check(
                method,
                "receiver_zip",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(20),
            )?;
        }
        crate::rt::check(
            method,
            "receiver_mobile",
            &crate::rt::wire::text(&self.receiver_mobile),
            &crate::Rule::MaxChars(40),
        )?;
        if let Some(value) = &self.receiver_telno {
            crate::rt::check(
                method,
                "receiver_telno",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.invoice_type {
            crate::rt::check(
                method,
                "invoice_type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1", "2", "3"]),
            )?;
        }
        if let Some(value) = &self.invoice_title {
            crate::rt::check(
                method,
                "invoice_title",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(255),
            )?;
        }
        if let Some(value) = &self.invoice_content {
            crate::rt::check(
                method,
                "invoice_content",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(255),
            )?;
        }
        crate::rt::check(
            method,
            "delivery_term",
            &crate::rt::wire::text(&self.delivery_term),
            &crate::Rule::OneOf(&["1", "2", "3"]),
        )?;
        if let Some(value) = &self.pay_id {
            crate::rt::check(
                method,
                "pay_id",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.remark {
            crate::rt::check(
                method,
                "remark",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(1024),
            )?;
        }
        crate::rt::check(
            method,
            "warehouse_no",
            &crate::rt::wire::text(&self.warehouse_no),
            &crate::Rule::MaxChars(40),
        )?;
        if let Some(value) = &self.pay_account {
            crate::rt::check(
                method,
                "pay_account",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(128),
            )?;
        }
        if let Some(value) = &self.to_deliver_time {
            crate::rt::check(
                method,
                "to_deliver_time",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(20),
            )?;
        }
        if let Some(value) = &self.is_sealed {
            crate::rt::check(
                method,
                "is_sealed",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "3"]),
            )?;
        }
        if let Some(value) = &self.fenxiao_nick {
            crate::rt::check(
                method,
                "fenxiao_nick",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.id_card_type {
            crate::rt::check(
                method,
                "id_card_type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1", "2", "3"]),
            )?;
        }
        Ok(())
    }
}

#[cfg(feature = "trade")]
impl crate::json::ToJson for RawTrade {
    fn to_json(&self) -> crate::json::Value {
        let mut object = crate::json::Object::new();
        object.req("tid", &self.tid);
        object.req("process_status", &self.process_status);
        object.req("trade_status", &self.trade_status);
        object.req("refund_status", &self.refund_status);
        object.req("pay_status", &self.pay_status);
        object.req("order_count", &self.order_count);
        object.req("goods_count", &self.goods_count);
        object.req("pay_method", &self.pay_method);
        object.req("trade_time", &self.trade_time);
        object.opt("pay_time", &self.pay_time);
        object.opt("end_time", &self.end_time);
        object.req("buyer_nick", &self.buyer_nick);
        object.opt("buyer_message", &self.buyer_message);
        object.opt("buyer_email", &self.buyer_email);
        object.opt("buyer_area", &self.buyer_area);
        object.req("receiver_name", &self.receiver_name);
        object.req("receiver_area", &self.receiver_area);
        object.req("receiver_address", &self.receiver_address);
        object.opt("receiver_zip", &self.receiver_zip);
        object.req("receiver_mobile", &self.receiver_mobile);
        object.opt("receiver_telno", &self.receiver_telno);
        object.req("post_amount", &self.post_amount);
        object.opt("other_amount", &self.other_amount);
        object.req("discount", &self.discount);
        object.req("receivable", &self.receivable);
        object.opt("platform_cost", &self.platform_cost);
        object.opt("invoice_type", &self.invoice_type);
        object.opt("invoice_title", &self.invoice_title);
        object.opt("invoice_content", &self.invoice_content);
        object.opt("logistics_type", &self.logistics_type);
        object.opt("cust_data", &self.cust_data);
        object.req("delivery_term", &self.delivery_term);
        object.opt("pay_id", &self.pay_id);
        object.opt("remark", &self.remark);
        object.opt("remark_flag", &self.remark_flag);
        object.opt("cod_amount", &self.cod_amount);
        object.req("is_auto_wms", &self.is_auto_wms);
        object.req("warehouse_no", &self.warehouse_no);
        object.opt("pay_account", &self.pay_account);
        object.opt("to_deliver_time", &self.to_deliver_time);
        object.opt("received", &self.received);
        object.opt("consign_interval", &self.consign_interval);
        object.opt("paid", &self.paid);
        object.opt("is_sealed", &self.is_sealed);
        object.opt("fenxiao_nick", &self.fenxiao_nick);
        object.opt("id_card_type", &self.id_card_type);
        object.opt("id_card", &self.id_card);
        object.opt("receiver_province_no", &self.receiver_province_no);
        object.opt("receiver_city_no", &self.receiver_city_no);
        object.opt("receiver_district_no", &self.receiver_district_no);
        object.into_value()
    }
}

/// 原始子单信息 — One element of the rawTradeOrderList argument of sales.RawTrade.pushSelf2.
///
/// JSON key `rawTradeOrderList`.
///
/// Build it as a struct literal naming every required field (`tid`, `oid`, `status`, `refund_status`, `goods_id`, `spec_id`, `goods_no`, `spec_no`, `goods_name`, `num`, `price`, `discount`, `share_discount`, `total_amount`, `adjust_amount`, `refund_amount`, `remark`, `json`) and `..Default::default()` for the rest.
#[doc(alias = "rawTradeOrderList")]
#[cfg(feature = "trade")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RawTradeOrder {
    /// 原始订单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    /// At most 40 characters (checked before sending).
    pub tid: String,
    /// 原始子单号 — 平台订单货品表主键,子订单唯一标识,同一个sid下通过本接口新增订单的oid（子订单编号）要保证唯一；如果oid重复,ERP生成系统单（递交）时会提示“订单货品数量不一致xxxxxx” — Sub-order number, unique per sid (a duplicate later fails submission with 订单货品数量不一致…).
    ///
    /// Wire name: `oid` (text).
    /// At most 40 characters (checked before sending).
    pub oid: String,
    /// 平台的状态 — 10未确认 20待尾款 30待发货 40部分发货 50已发货 60已签收 70已完成 80已退款 90已关闭，单据状态变更点击 文档查看 — Platform status: 10 unconfirmed, 20 awaiting balance payment, 30 awaiting shipment, 40 partly shipped, 50 shipped, 60 signed for, 70 completed, 80 refunded, 90 closed; see the doc on status changes.
    ///
    /// Wire name: `status` (integer).
    /// Allowed values (checked before sending): `10`, `20`, `30`, `40`, `50`, `60`, `70`, `80`, `90`.
    pub status: i32,
    /// 退款标记 — 0无退款1取消退款,2已申请退款,3等待退货,4等待收货,5退款成功,6未付款关闭，单据状态变更点击 文档查看 — Refund flag: 0 no refund, 1 refund cancelled, 2 refund requested, 3 awaiting return, 4 awaiting receipt, 5 refund succeeded, 6 closed unpaid; see the doc on status changes.
    ///
    /// Wire name: `refund_status` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`, `3`, `4`, `5`, `6`.
    pub refund_status: i32,
    /// 平台货品ID — 平台系统货品（SPU）的唯一标识。SPU和SKU概念介绍，单击这里 — Platform goods id: the unique id of the platform's goods (SPU).
    ///
    /// Wire name: `goods_id` (text).
    /// At most 40 characters (checked before sending).
    pub goods_id: String,
    /// 平台规格ID — 平台系统单品（SKU）的的唯一标识。SPU和SKU概念介绍，单击这里 — Platform spec id: the unique id of the platform's single item (SKU).
    ///
    /// Wire name: `spec_id` (text).
    /// At most 40 characters (checked before sending).
    pub spec_id: String,
    /// 货品编号 — Goods code.
    ///
    /// Wire name: `goods_no` (text).
    /// At most 40 characters (checked before sending).
    pub goods_no: String,
    /// 规格编码 — Spec code.
    ///
    /// Wire name: `spec_no` (text).
    /// At most 40 characters (checked before sending).
    pub spec_no: String,
    /// 货品名称 — Goods name.
    ///
    /// Wire name: `goods_name` (text).
    /// At most 255 characters (checked before sending).
    pub goods_name: String,
    /// 规格名称 — Spec name.
    ///
    /// Wire name: `spec_name` (text).
    /// At most 100 characters (checked before sending).
    pub spec_name: Option<String>,
    /// 子单类型 — 0正常货品 1虚拟货品 2服务（不传默认为0） — Sub-order type: 0 normal goods, 1 virtual goods, 2 service (0 when omitted).
    ///
    /// Wire name: `order_type` (integer).
    /// Allowed values (checked before sending): `0`, `1`, `2`.
    pub order_type: Option<i32>,
    /// 平台类目 — Platform category.
    ///
    /// Wire name: `cid` (text).
    /// At most 40 characters (checked before sending).
    pub cid: Option<String>,
    /// 数量 — Quantity.
    ///
    /// Wire name: `num` (decimal yuan).
    pub num: crate::Decimal,
    /// 单价 — Unit price.
    ///
    /// Wire name: `price` (decimal yuan).
    pub price: crate::Decimal,
    /// 优惠 — 优惠，平台折扣, 不包含手工调整和分摊优惠 — Discount: the platform discount, excluding manual adjustments and apportioned discounts.
    ///
    /// Wire name: `discount` (decimal yuan).
    pub discount: crate::Decimal,
    /// 分摊优惠 — 分摊优惠,退款不变 — Apportioned discount; unchanged by refunds.
    ///
    /// Wire name: `share_discount` (decimal yuan).
    pub share_discount: crate::Decimal,
    /// 总价格 — 总价格，“详细金额逻辑点击 查看” — Total price (see the detailed amount logic).
    ///
    /// Wire name: `total_amount` (decimal yuan).
    pub total_amount: crate::Decimal,
    /// 手工调整的优惠金额 — 手工调整的优惠金额，“详细金额逻辑点击 查看” — Manually adjusted discount amount (see the detailed amount logic).
    ///
    /// Wire name: `adjust_amount` (decimal yuan).
    pub adjust_amount: crate::Decimal,
    /// 退款金额 — Refund amount.
    ///
    /// Wire name: `refund_amount` (decimal yuan).
    pub refund_amount: crate::Decimal,
    /// 备注 — Remark.
    ///
    /// Wire name: `remark` (text).
    /// At most 255 characters (checked before sending).
    pub remark: String,
    /// json串 — json串，若无可传“” — JSON string; pass "" if none.
    ///
    /// Wire name: `json` (text).
    /// At most 255 characters (checked before sending).
    pub json: String,
    /// 赠品方式 — 赠品方式 / 0非赠品 / 1自动赠送 / 2手工赠送 / 4周期购赠送 / 8平台赠送 / 32阶梯满赠 / 64CRM追加赠送 / 65 主品 — Gift mode: 0 not a gift, 1 automatic gift, 2 manual gift, 4 subscription gift, 8 platform gift, 32 tiered spend gift, 64 CRM added gift, 65 main item.
    ///
    /// Wire name: `gift_type` (integer).
    pub gift_type: Option<i32>,
    /// In the doc's published request example only; not in its field table.
    ///
    /// Wire name: `share_amount` (decimal yuan).
    /// Certainty: \[solid\] S1 example.
    pub share_amount: Option<crate::Decimal>,
}

#[cfg(feature = "trade")]
impl RawTradeOrder {
    /// Checks the spec's limits on every value; `method` names the call in errors.
    pub(crate) fn check(&self, method: &'static str) -> Result<(), crate::Error> {
        crate::rt::check(
            method,
            "tid",
            &crate::rt::wire::text(&self.tid),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "oid",
            &crate::rt::wire::text(&self.oid),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "status",
            &crate::rt::wire::text(&self.status),
            &crate::Rule::OneOf(&["10", "20", "30", "40", "50", "60", "70", "80", "90"]),
        )?;
        crate::rt::check(
            method,
            "refund_status",
            &crate::rt::wire::text(&self.refund_status),
            &crate::Rule::OneOf(&["0", "1", "2", "3", "4", "5", "6"]),
        )?;
        crate::rt::check(
            method,
            "goods_id",
            &crate::rt::wire::text(&self.goods_id),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "spec_id",
            &crate::rt::wire::text(&self.spec_id),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "goods_no",
            &crate::rt::wire::text(&self.goods_no),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "spec_no",
            &crate::rt::wire::text(&self.spec_no),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "goods_name",
            &crate::rt::wire::text(&self.goods_name),
            &crate::Rule::MaxChars(255),
        )?;
        if let Some(value) = &self.spec_name {
            crate::rt::check(
                method,
                "spec_name",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(100),
            )?;
        }
        if let Some(value) = &self.order_type {
            crate::rt::check(
                method,
                "order_type",
                &crate::rt::wire::text(value),
                &crate::Rule::OneOf(&["0", "1", "2"]),
            )?;
        }
        if let Some(value) = &self.cid {
            crate::rt::check(
                method,
                "cid",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        crate::rt::check(
            method,
            "remark",
            &crate::rt::wire::text(&self.remark),
            &crate::Rule::MaxChars(255),
        )?;
        crate::rt::check(
            method,
            "json",
            &crate::rt::wire::text(&self.json),
            &crate::Rule::MaxChars(255),
        )?;
        Ok(())
    }
}

#[cfg(feature = "trade")]
impl crate::json::ToJson for RawTradeOrder {
    fn to_json(&self) -> crate::json::Value {
        let mut object = crate::json::Object::new();
        object.req("tid", &self.tid);
        object.req("oid", &self.oid);
        object.req("status", &self.status);
        object.req("refund_status", &self.refund_status);
        object.req("goods_id", &self.goods_id);
        object.req("spec_id", &self.spec_id);
        object.req("goods_no", &self.goods_no);
        object.req("spec_no", &self.spec_no);
        object.req("goods_name", &self.goods_name);
        object.opt("spec_name", &self.spec_name);
        object.opt("order_type", &self.order_type);
        object.opt("cid", &self.cid);
        object.req("num", &self.num);
        object.req("price", &self.price);
        object.req("discount", &self.discount);
        object.req("share_discount", &self.share_discount);
        object.req("total_amount", &self.total_amount);
        object.req("adjust_amount", &self.adjust_amount);
        object.req("refund_amount", &self.refund_amount);
        object.req("remark", &self.remark);
        object.req("json", &self.json);
        object.opt("gift_type", &self.gift_type);
        object.opt("share_amount", &self.share_amount);
        object.into_value()
    }
}

/// 优惠信息 — One element of the discountList argument of sales.RawTrade.pushSelf2.
///
/// JSON key `discountList`.
#[doc(alias = "discountList")]
#[cfg(feature = "trade")]
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RawTradeDiscount {
    /// 原始订单号 — Original (platform) order number.
    ///
    /// Wire name: `tid` (text).
    /// At most 40 characters (checked before sending).
    pub tid: String,
    /// 原始子单号 — Original (platform) sub-order number.
    ///
    /// Wire name: `oid` (text).
    /// At most 20 characters (checked before sending).
    pub oid: String,
    /// 唯一编码 — 平台上优惠的唯一标识 — Unique code of the discount on the platform.
    ///
    /// Wire name: `sn` (text).
    /// At most 40 characters (checked before sending).
    pub sn: Option<String>,
    /// 优惠名称 — Discount name.
    ///
    /// Wire name: `name` (text).
    /// At most 50 characters (checked before sending).
    pub name: Option<String>,
    /// 优惠详情 — Discount details.
    ///
    /// Wire name: `detail` (text).
    /// At most 128 characters (checked before sending).
    pub detail: Option<String>,
    /// 优惠金额 — Discount amount.
    ///
    /// Wire name: `amount` (decimal yuan).
    pub amount: Option<crate::Decimal>,
}

#[cfg(feature = "trade")]
impl RawTradeDiscount {
    /// Builds `<discountList>` from its required children; optional ones start empty.
    pub fn new(tid: impl Into<String>, oid: impl Into<String>) -> Self {
        Self {
            tid: tid.into(),
            oid: oid.into(),
            sn: None,
            name: None,
            detail: None,
            amount: None,
        }
    }

    /// Checks the spec's limits on every value; `method` names the call in errors.
    pub(crate) fn check(&self, method: &'static str) -> Result<(), crate::Error> {
        crate::rt::check(
            method,
            "tid",
            &crate::rt::wire::text(&self.tid),
            &crate::Rule::MaxChars(40),
        )?;
        crate::rt::check(
            method,
            "oid",
            &crate::rt::wire::text(&self.oid),
            &crate::Rule::MaxChars(20),
        )?;
        if let Some(value) = &self.sn {
            crate::rt::check(
                method,
                "sn",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(40),
            )?;
        }
        if let Some(value) = &self.name {
            crate::rt::check(
                method,
                "name",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(50),
            )?;
        }
        if let Some(value) = &self.detail {
            crate::rt::check(
                method,
                "detail",
                &crate::rt::wire::text(value),
                &crate::Rule::MaxChars(128),
            )?;
        }
        Ok(())
    }
}

#[cfg(feature = "trade")]
impl crate::json::ToJson for RawTradeDiscount {
    fn to_json(&self) -> crate::json::Value {
        let mut object = crate::json::Object::new();
        object.req("tid", &self.tid);
        object.req("oid", &self.oid);
        object.opt("sn", &self.sn);
        object.opt("name", &self.name);
        object.opt("detail", &self.detail);
        object.opt("amount", &self.amount);
        object.into_value()
    }
}

//! What a generated direct quick-xml event decoder could do, measured on `dangdang.orders.list.get`:
//! a hand-written decoder of the 20-order page into structs with the same fields and field types as
//! the generated `orders_list_get::{Response, TotalInfo, OrderInfo}` (those are `#[non_exhaustive]`,
//! so the prototype has its own), parsing every value with the same `WireValue::from_wire` the serde
//! path uses. It does the same work as `decode::typed` — GBK → UTF-8, the `<errorResponse>` and
//! `<Error>` envelope checks, unknown elements skipped, empty or `xsi:nil` elements read as absent,
//! text trimmed and unescaped — in one pass over the events, with no serde and no generics.
//!
//! It is a measurement aid for BENCHMARKS.md ("next steps"), not part of the client.

use std::borrow::Cow;

use dangdang_api::types::{OrderLabel, OrderMode, OrderState};
use dangdang_api::wire::WireValue;
use dangdang_api::{BeijingTime, Decimal};
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

type Result<T> = std::result::Result<T, String>;

/// Mirrors `orders_list_get::Response`.
#[derive(Debug, Default)]
pub struct Page {
    pub function_id: Option<String>,
    pub time: Option<BeijingTime>,
    pub total_info: Option<TotalInfo>,
    pub orders_list: Vec<OrderInfo>,
}

/// Mirrors `orders_list_get::TotalInfo`.
#[derive(Debug, Default)]
pub struct TotalInfo {
    pub send_goods_order_count: Option<i32>,
    pub need_exchange_order_count: Option<i32>,
    pub order_count: Option<i32>,
    pub total_order_money: Option<Decimal>,
    pub page_size: Option<i32>,
    pub page_total: Option<i32>,
    pub current_page: Option<i32>,
}

/// Mirrors `orders_list_get::OrderInfo`.
#[derive(Debug, Default)]
pub struct OrderInfo {
    pub order_id: Option<i64>,
    pub consignee_name: Option<String>,
    pub consignee_tel: Option<String>,
    pub consignee_mobile_tel: Option<String>,
    pub consignee_addr: Option<String>,
    pub dangdang_warehouse_addr: Option<String>,
    pub send_goods_mode: Option<String>,
    pub order_money: Option<Decimal>,
    pub order_time_start: Option<BeijingTime>,
    pub last_modify_time: Option<BeijingTime>,
    pub order_state: Option<OrderState>,
    pub order_status: Option<OrderState>,
    pub is_courier_receipt_detail: Option<String>,
    pub outer_order_id: Option<String>,
    pub remark: Option<String>,
    pub label: Option<OrderLabel>,
    pub payment_date: Option<BeijingTime>,
    pub order_mode: Option<OrderMode>,
    pub is_presale: Option<bool>,
    pub send_date: Option<BeijingTime>,
    pub original_order_id: Option<String>,
    pub encrypt_content: Option<String>,
}

fn xml_error(error: quick_xml::Error) -> String {
    format!("malformed XML: {error}")
}

/// The trimmed, unescaped text of the element just opened by `start`, read up to its end tag;
/// `None` when empty.
fn leaf<'a>(reader: &mut Reader<&'a [u8]>, start: &BytesStart<'_>) -> Result<Option<Cow<'a, str>>> {
    let raw = reader.read_text(start.name()).map_err(xml_error)?;
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let text = if let Some(data) = trimmed.strip_prefix("<![CDATA[").and_then(|t| t.strip_suffix("]]>")) {
        data.to_owned()
    } else if trimmed.contains('&') {
        quick_xml::escape::unescape(trimmed).map_err(|e| e.to_string())?.into_owned()
    } else {
        return Ok(Some(match raw {
            Cow::Borrowed(all) => Cow::Borrowed(all.trim()),
            Cow::Owned(all) => Cow::Owned(all.trim().to_owned()),
        }));
    };
    Ok(Some(Cow::Owned(text)))
}

fn parsed<T: WireValue>(text: Option<Cow<'_, str>>, field: &str) -> Result<Option<T>> {
    text.map(|t| T::from_wire(&t).map_err(|e| format!("{field}: {e}"))).transpose()
}

fn flag01(text: Option<Cow<'_, str>>, field: &str) -> Result<Option<bool>> {
    match text.as_deref() {
        None => Ok(None),
        Some("1") => Ok(Some(true)),
        Some("0") => Ok(Some(false)),
        Some(other) => Err(format!("{field}: `{other}` is neither `1` nor `0`")),
    }
}

/// Reads the children of the element just opened, calling `child` for each child start tag
/// (`child` must consume the child up to its end tag); empty children are skipped (absent).
fn children<'a>(
    reader: &mut Reader<&'a [u8]>,
    mut child: impl FnMut(&mut Reader<&'a [u8]>, &BytesStart<'_>) -> Result<()>,
) -> Result<()> {
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(start) => child(reader, &start)?,
            Event::End(_) => return Ok(()),
            Event::Eof => return Err("document ended inside an element".into()),
            _ => {}
        }
    }
}

fn skip(reader: &mut Reader<&[u8]>, start: &BytesStart<'_>) -> Result<()> {
    reader.read_to_end(start.name()).map(|_| ()).map_err(xml_error)
}

fn total_info(reader: &mut Reader<&[u8]>) -> Result<TotalInfo> {
    let mut t = TotalInfo::default();
    children(reader, |reader, start| {
        match start.name().as_ref() {
            b"sendGoodsOrderCount" => t.send_goods_order_count = parsed(leaf(reader, start)?, "sendGoodsOrderCount")?,
            b"needExchangeOrderCount" => {
                t.need_exchange_order_count = parsed(leaf(reader, start)?, "needExchangeOrderCount")?
            }
            b"orderCount" => t.order_count = parsed(leaf(reader, start)?, "orderCount")?,
            b"totalOrderMoney" => t.total_order_money = parsed(leaf(reader, start)?, "totalOrderMoney")?,
            b"pageSize" => t.page_size = parsed(leaf(reader, start)?, "pageSize")?,
            b"pageTotal" => t.page_total = parsed(leaf(reader, start)?, "pageTotal")?,
            b"currentPage" => t.current_page = parsed(leaf(reader, start)?, "currentPage")?,
            _ => skip(reader, start)?,
        }
        Ok(())
    })?;
    Ok(t)
}

fn order_info(reader: &mut Reader<&[u8]>) -> Result<OrderInfo> {
    let mut o = OrderInfo::default();
    children(reader, |reader, start| {
        let name = start.name();
        match name.as_ref() {
            b"orderID" => o.order_id = parsed(leaf(reader, start)?, "orderID")?,
            b"consigneeName" => o.consignee_name = parsed(leaf(reader, start)?, "consigneeName")?,
            b"consigneeTel" => o.consignee_tel = parsed(leaf(reader, start)?, "consigneeTel")?,
            b"consigneeMobileTel" => o.consignee_mobile_tel = parsed(leaf(reader, start)?, "consigneeMobileTel")?,
            b"consigneeAddr" => o.consignee_addr = parsed(leaf(reader, start)?, "consigneeAddr")?,
            b"DangdangWarehouseAddr" => {
                o.dangdang_warehouse_addr = parsed(leaf(reader, start)?, "DangdangWarehouseAddr")?
            }
            b"sendGoodsMode" => o.send_goods_mode = parsed(leaf(reader, start)?, "sendGoodsMode")?,
            b"orderMoney" => o.order_money = parsed(leaf(reader, start)?, "orderMoney")?,
            b"orderTimeStart" => o.order_time_start = parsed(leaf(reader, start)?, "orderTimeStart")?,
            b"lastModifyTime" => o.last_modify_time = parsed(leaf(reader, start)?, "lastModifyTime")?,
            b"orderState" => o.order_state = parsed(leaf(reader, start)?, "orderState")?,
            b"orderStatus" => o.order_status = parsed(leaf(reader, start)?, "orderStatus")?,
            b"isCourierReceiptDetail" => {
                o.is_courier_receipt_detail = parsed(leaf(reader, start)?, "isCourierReceiptDetail")?
            }
            b"outerOrderID" => o.outer_order_id = parsed(leaf(reader, start)?, "outerOrderID")?,
            b"remark" => o.remark = parsed(leaf(reader, start)?, "remark")?,
            b"label" => o.label = parsed(leaf(reader, start)?, "label")?,
            b"paymentDate" => o.payment_date = parsed(leaf(reader, start)?, "paymentDate")?,
            b"orderMode" => o.order_mode = parsed(leaf(reader, start)?, "orderMode")?,
            b"isPresale" => o.is_presale = flag01(leaf(reader, start)?, "isPresale")?,
            b"sendDate" => o.send_date = parsed(leaf(reader, start)?, "sendDate")?,
            b"originalOrderId" => o.original_order_id = parsed(leaf(reader, start)?, "originalOrderId")?,
            b"encrypt_content" => o.encrypt_content = parsed(leaf(reader, start)?, "encrypt_content")?,
            _ => skip(reader, start)?,
        }
        Ok(())
    })?;
    Ok(o)
}

/// Decodes a GBK `dangdang.orders.list.get` reply in one pass over its events.
pub fn orders_list(gbk: &[u8]) -> Result<Page> {
    let text =
        encoding_rs::GBK.decode_without_bom_handling_and_without_replacement(gbk).ok_or("the body is not valid GBK")?;
    let mut reader = Reader::from_str(&text);
    loop {
        match reader.read_event().map_err(xml_error)? {
            Event::Start(start) if start.name().as_ref() == b"response" => break,
            Event::Start(start) if start.name().as_ref() == b"errorResponse" => {
                return Err("gateway error (errorResponse)".into());
            }
            Event::Start(_) | Event::Empty(_) => return Err("unexpected root element".into()),
            Event::Eof => return Err("empty document".into()),
            _ => {}
        }
    }
    let mut page = Page::default();
    children(&mut reader, |reader, start| {
        match start.name().as_ref() {
            b"functionID" => page.function_id = parsed(leaf(reader, start)?, "functionID")?,
            b"time" => page.time = parsed(leaf(reader, start)?, "time")?,
            b"totalInfo" => page.total_info = Some(total_info(reader)?),
            b"OrdersList" => children(reader, |reader, start| {
                if start.name().as_ref() == b"OrderInfo" {
                    page.orders_list.push(order_info(reader)?);
                    Ok(())
                } else {
                    skip(reader, start)
                }
            })?,
            b"Error" => return Err("business error (Error)".into()),
            _ => skip(reader, start)?,
        }
        Ok(())
    })?;
    Ok(page)
}

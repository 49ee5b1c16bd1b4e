//! Tests of the direct event decoder: lists, text parts, empty and nil values, error paths, required values.

use super::*;

#[derive(Debug, PartialEq)]
struct Order {
    id: Option<i64>,
}

impl FromXml for Order {
    fn from_xml(decoder: &mut Decoder<'_>) -> Result<Self, DecodeError> {
        let mut id = None;
        while let Some(name) = decoder.next_child()? {
            match name {
                b"orderID" => id = decoder.opt()?,
                _ => decoder.skip()?,
            }
        }
        Ok(Order { id })
    }
}

#[derive(Debug, PartialEq)]
struct Page {
    orders: Vec<Order>,
    brands: Vec<String>,
    note: Option<String>,
    paid: Option<bool>,
}

impl FromXml for Page {
    fn from_xml(decoder: &mut Decoder<'_>) -> Result<Self, DecodeError> {
        let (mut orders, mut brands, mut note, mut paid) = (Vec::new(), Vec::new(), None, None);
        while let Some(name) = decoder.next_child()? {
            match name {
                b"OrdersList" => decoder.list_of(b"OrderInfo", &mut orders)?,
                b"Brands" => decoder.value_list_of(b"brand", &mut brands)?,
                b"note" => note = decoder.opt()?,
                b"paid" => paid = decoder.flag01()?,
                _ => decoder.skip()?,
            }
        }
        Ok(Page { orders, brands, note, paid })
    }
}

fn page(xml: &str) -> Result<Page, DecodeError> {
    let mut decoder = Decoder::new(xml);
    decoder.open_response()?;
    Page::from_xml(&mut decoder)
}

#[test]
fn lists_keep_only_their_item_elements() {
    let xml = "<response><OrdersList><OrderInfo><orderID>1</orderID></OrderInfo><note>x</note>\
               <OrderInfo><orderID>2</orderID></OrderInfo></OrdersList><Brands><brand>李宁</brand><x>9</x><brand/></Brands></response>";
    let decoded = page(xml).unwrap();
    assert_eq!(decoded.orders, vec![Order { id: Some(1) }, Order { id: Some(2) }]);
    assert_eq!(decoded.brands, vec!["李宁".to_owned()]);
    assert_eq!(page("<response><OrdersList/></response>").unwrap().orders, vec![]);
    assert_eq!(page("<response><OrdersList>\n </OrdersList></response>").unwrap().orders, vec![]);
    assert_eq!(page("<response/>").unwrap().orders, vec![]);
    assert_eq!(
        page("<response><OrdersList><OrderInfo/></OrdersList></response>").unwrap().orders,
        vec![Order { id: None }]
    );
}

#[test]
fn text_joins_parts_and_reads_empty_and_nil_as_absent() {
    let xml = "<response><note> a &amp; <![CDATA[<b>]]>&#x4E2D; </note><paid xsi:nil=\"true\"/></response>";
    let decoded = page(xml).unwrap();
    assert_eq!(decoded.note.as_deref(), Some("a & <b>中"));
    assert_eq!(decoded.paid, None);
    assert_eq!(page("<response><note>  </note><paid>1</paid></response>").unwrap().paid, Some(true));
    assert_eq!(page("<response><note xsi:nil=\"true\">x</note></response>").unwrap().note, None);
}

#[test]
fn errors_name_the_element_path_or_the_document() {
    let error =
        page("<response><OrdersList><OrderInfo><orderID>x</orderID></OrderInfo></OrdersList></response>").unwrap_err();
    assert_eq!(error.path(), "OrdersList.OrderInfo.orderID");
    let error = page("<response><paid>2</paid></response>").unwrap_err();
    assert_eq!((error.path(), error.message()), ("paid", "`2` is neither `1` nor `0`"));
    assert_eq!(page("<response><OrdersList><OrderInfo>").unwrap_err().path(), ".");
    assert_eq!(page("<response><a></b></response>").unwrap_err().path(), ".");
    assert!(page("<response><Error/></response>").unwrap_err().is_envelope());
    assert!(page("<errorResponse/>").unwrap_err().is_envelope());
    assert!(page("<response><x><Error/></x></response>").is_ok());
}

#[derive(Debug)]
struct Required {
    id: i64,
    name: String,
}

impl FromXml for Required {
    fn from_xml(decoder: &mut Decoder<'_>) -> Result<Self, DecodeError> {
        let (mut id, mut name) = (None, None);
        loop {
            match decoder.next_child()? {
                Some(b"id") => id = Some(decoder.required()?),
                Some(b"name") => name = Some(decoder.required()?),
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(Required {
            id: id.ok_or_else(|| decoder.missing("id"))?,
            name: name.ok_or_else(|| decoder.missing("name"))?,
        })
    }
}

fn required(xml: &str) -> Result<Required, DecodeError> {
    let mut decoder = Decoder::new(xml);
    decoder.open_response()?;
    Required::from_xml(&mut decoder)
}

#[test]
fn required_values_must_be_present_and_only_text_may_be_empty() {
    let decoded = required("<response><id>7</id><name/></response>").unwrap();
    assert_eq!((decoded.id, decoded.name.as_str()), (7, ""));
    let error = required("<response><id/><name/></response>").unwrap_err();
    assert_eq!((error.path(), error.message()), ("id", "required value is empty or nil"));
    let error = required(r#"<response><id xsi:nil="true">7</id><name/></response>"#).unwrap_err();
    assert_eq!((error.path(), error.message()), ("id", "required value is empty or nil"));
    let error = required("<response><name>x</name></response>").unwrap_err();
    assert_eq!((error.path(), error.message()), ("id", "missing field `id`"));
}

// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.shop.ddcategory.get`: Get the Dangdang standard category tree with each category's attribute template: standard attributes and their options, sale-attribute names and the labels of the extra description tabs.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getDDCategory.php`
//! - Transport: POST, parameters in a form body
//! - Safety: read (safe to retry)
//! - Provenance: partial
//!
//! Sources:
//! - JSDK: iMouseWu/DDsdk: Java 当当开放平台SDK (2014)
//! - DOC-234: Official doc page 234 (v3.0 publication item family; item_category_id), <http://open.dangdang.com/index.php?c=documentCenterG4&f=show&page_id=234>
//!
//! Notes:
//! - Verb not documented: JSDK sends a form POST (\[inf\] GET also works, as for every non-upload method, protocol §2).
//! - Parameters not found: JSDK has no request class for this method; \[inf\] it presumably takes a category id, name unknown. Send parameters with `.param()`.
//! - Response tree from JSDK `src/com/dangdang/sdk/response/shop/category/prop/*` \[1\]. `functionID` and `time` are expected per protocol but JSDK does not map them \[inf\].
//! - A business error comes back as `response › Error › operCode, operation` (the E2 envelope) and is returned as `Error::Business` \[1: JSDK\].
//! - JSDK types `categoryID` as 'string/number'; it is kept as text.
//! - The v3.0 item pages describe `item_category_id` as 当当标准商品分类的最底级分类编号 (lowest-level standard category id), so this tree is where leaf category ids come from \[1: DOC-234\].
//! - dangdang.shop.spec.get (getExtendedAttributeClass.php) and dangdang.shop.ddcategorynew.get (getDDCategoryNew.php) look related by name, but nothing public describes them \[inf\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.shop.ddcategory.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getDDCategory.php";

/// Request for `dangdang.shop.ddcategory.get` (getDDCategory.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.shop.ddcategory.get")]
#[doc(alias = "getDDCategory.php")]
#[doc(alias = "getDDCategory")]
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Request {
    /// Extra `(wire name, value)` parameters the spec does not know, sent as given.
    pub extra_params: Vec<(String, String)>,
}

impl Request {
    /// A request with no parameters set.
    pub fn new() -> Self {
        Self::default()
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

    const INFO: crate::MethodInfo = crate::generated::catalog::SHOP_DDCATEGORY_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<Response, crate::Error> {
        crate::decode::typed(METHOD, body)
    }
}

/// Get the Dangdang standard category tree with each category's attribute template: standard attributes and their options, sale-attribute names and the labels of the extra description tabs.
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
    /// The categories returned.
    ///
    /// Wire name: `DDCategory` › `CategoryInfo*`.
    /// Certainty: \[1\] JSDK.
    #[doc(alias = "DDCategory")]
    pub categories: Vec<CategoryInfo>,
}

impl crate::xml_decode::FromXml for Response {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            function_id: None,
            time: None,
            categories: Vec::new(),
        };
        loop {
            match decoder.next_child()? {
                Some(b"functionID") => out.function_id = decoder.opt()?,
                Some(b"time") => out.time = decoder.opt()?,
                Some(b"DDCategory") => {
                    decoder.list_of(b"CategoryInfo", &mut out.categories)?
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One standard attribute.
///
/// Element `standardAttributeInfo`.
///
/// To build one in a test: `let mut value = StandardAttributeInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct StandardAttributeInfo {
    /// Attribute name.
    ///
    /// Wire name: `standardAttributeName` (text).
    pub standard_attribute_name: Option<String>,
    /// The values the attribute may take.
    ///
    /// Wire name: `optionInfo` › `option*` (text).
    #[doc(alias = "optionInfo")]
    pub options: Vec<String>,
    /// Whether the attribute must be filled in: `1` must, `0` optional (JSDK constants).
    ///
    /// Wire name: `fillType` (code table [`StandardAttributeFillType`](crate::types::StandardAttributeFillType)).
    pub fill_type: Option<crate::types::StandardAttributeFillType>,
}

impl crate::xml_decode::FromXml for StandardAttributeInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            standard_attribute_name: None,
            options: Vec::new(),
            fill_type: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"standardAttributeName") => {
                    out.standard_attribute_name = decoder.opt()?;
                }
                Some(b"optionInfo") => {
                    decoder.value_list_of(b"option", &mut out.options)?
                }
                Some(b"fillType") => out.fill_type = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// Labels of the extra description tabs.
///
/// Element `extendedDescriptions`.
///
/// To build one in a test: `let mut value = ExtendedDescriptions::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ExtendedDescriptions {
    /// Label of extra description tab 2.
    ///
    /// Wire name: `productDescription2` (text).
    pub product_description2: Option<String>,
    /// Label of extra description tab 3.
    ///
    /// Wire name: `productDescription3` (text).
    pub product_description3: Option<String>,
    /// Label of extra description tab 4.
    ///
    /// Wire name: `productDescription4` (text).
    pub product_description4: Option<String>,
    /// Label of extra description tab 5.
    ///
    /// Wire name: `productDescription5` (text).
    pub product_description5: Option<String>,
}

impl crate::xml_decode::FromXml for ExtendedDescriptions {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            product_description2: None,
            product_description3: None,
            product_description4: None,
            product_description5: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"productDescription2") => out.product_description2 = decoder.opt()?,
                Some(b"productDescription3") => out.product_description3 = decoder.opt()?,
                Some(b"productDescription4") => out.product_description4 = decoder.opt()?,
                Some(b"productDescription5") => out.product_description5 = decoder.opt()?,
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

/// One Dangdang standard category with its attribute template.
///
/// Element `CategoryInfo`.
///
/// To build one in a test: `let mut value = CategoryInfo::default();` then set its public fields (`#[non_exhaustive]` rules out struct literals outside this crate, not assignment).
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct CategoryInfo {
    /// Category id (text; JSDK: string/number).
    ///
    /// Wire name: `categoryID` (text).
    pub category_id: Option<String>,
    /// Category name.
    ///
    /// Wire name: `categoryName` (text).
    pub category_name: Option<String>,
    /// The category's standard attributes.
    ///
    /// Wire name: `standardAttribute` › `standardAttributeInfo*`.
    #[doc(alias = "standardAttribute")]
    pub standard_attributes: Vec<StandardAttributeInfo>,
    /// Sale-attribute name (e.g. colour, size), repeated directly under `CategoryInfo`.
    ///
    /// Wire name: `specialAttribute*`.
    #[doc(alias = "specialAttribute")]
    pub special_attributes: Vec<String>,
    /// Labels of the extra description tabs.
    ///
    /// Wire name: `extendedDescriptions`.
    pub extended_descriptions: Option<ExtendedDescriptions>,
}

impl crate::xml_decode::FromXml for CategoryInfo {
    fn from_xml(
        decoder: &mut crate::xml_decode::Decoder<'_>,
    ) -> Result<Self, crate::xml_decode::DecodeError> {
        let mut out = Self {
            category_id: None,
            category_name: None,
            standard_attributes: Vec::new(),
            special_attributes: Vec::new(),
            extended_descriptions: None,
        };
        loop {
            match decoder.next_child()? {
                Some(b"categoryID") => out.category_id = decoder.opt()?,
                Some(b"categoryName") => out.category_name = decoder.opt()?,
                Some(b"standardAttribute") => {
                    decoder
                        .list_of(b"standardAttributeInfo", &mut out.standard_attributes)?
                }
                Some(b"specialAttribute") => {
                    out.special_attributes.extend(decoder.opt()?)
                }
                Some(b"extendedDescriptions") => {
                    out.extended_descriptions = decoder.opt_nested()?;
                }
                Some(_) => decoder.skip()?,
                None => break,
            }
        }
        Ok(out)
    }
}

// @generated from spec/dangdang.yaml by `cargo xtask gen`. Do not edit by hand: edit the spec and regenerate.

//! `dangdang.shop.category.get`: 下载店内分类 — Download the shop's own (店内) categories.
//!
//! - Legacy URL: `http://api.dangdang.com/v2/getShopCategory.php`
//! - Transport: POST, parameters in a form body
//! - Safety: read (safe to retry)
//! - Provenance: partial
//!
//! Sources:
//! - OSDK: isisiwish/openapi-sdk-test: tests of the official com.dangdang.openplatform:sdk (2019)
//!
//! Notes:
//! - Parameters: none. The official Java SDK maps the method to `com.dangdang.openplatform.openapi.sdk.request.shop.ShopCategoryRequest` → `ShopCategoryResponse`; its 2019 test, titled 下载店内分类, calls it with no business parameters \[1: OSDK\].
//! - Verb not documented; sent as a form POST, which the gateway accepts for non-upload methods (\[2+\] protocol §2: DG, JSDK, WD).
//! - Response element names not found; the reply is returned as a generic XML tree. Adjacent facts: items.list.get responses carry a `shopCategoryList` › `shopCategoryInfo` wrapper, and v3 items use `shop_category_ids` like `0010000,0010001`; \[inf\] the element names may match those (unconfirmed).
//! - Not the same as `dangdang.shop.getstorecategory.get` (`shopCategories` › `categoryList` › `category*` › `mainCatPathId`, used to tell department-store from publication shops) \[1: WD, protocol §12\].

/// Dotted method name, sent as the `method` system parameter.
pub const METHOD: &str = "dangdang.shop.category.get";

/// The legacy v2 URL this method replaces.
pub const LEGACY_URL: &str = "http://api.dangdang.com/v2/getShopCategory.php";

/// Request for `dangdang.shop.category.get` (getShopCategory.php).
///
/// Required parameters are arguments of [`Request::new`]; optional ones have setters;
/// [`Request::param`] adds parameters the spec does not know.
#[doc(alias = "dangdang.shop.category.get")]
#[doc(alias = "getShopCategory.php")]
#[doc(alias = "getShopCategory")]
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
    type Response = crate::XmlElement;

    const INFO: crate::MethodInfo = crate::generated::catalog::SHOP_CATEGORY_GET;

    fn write(&self, params: &mut crate::Params) -> Result<(), crate::Error> {
        params.extra(&self.extra_params);
        Ok(())
    }

    fn decode(body: &crate::RawBody) -> Result<crate::XmlElement, crate::Error> {
        crate::decode::tree(METHOD, body)
    }
}

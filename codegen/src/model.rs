//! The spec model: what a spec author writes in `spec/dangdang.yaml`, deserialized with serde_yaml.
//!
//! Every struct here is one YAML mapping; unknown keys are rejected so typos surface as errors.
//! `spec/README.md` walks through the same schema with examples.

use std::collections::BTreeMap;

use serde::Deserialize;

mod payload;

pub use payload::{
    Arg, ArgKind, Code, Element, ListForm, MaxSpan, Pagination, Param, Rule, SpanUnit, Upload, UploadFormat,
};

/// One spec file as written: the root file (`spec/dangdang.yaml`) has `info` and `include`;
/// included files add sources, types and methods.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecFile {
    /// Platform facts; root file only.
    #[serde(default)]
    pub info: Option<Info>,
    /// Further spec files, relative to the root file, merged in order; root file only.
    #[serde(default)]
    pub include: Vec<String>,
    /// Public sources, by key.
    #[serde(default)]
    pub sources: BTreeMap<String, String>,
    /// Code tables, by Rust type name.
    #[serde(default)]
    pub types: BTreeMap<String, EnumType>,
    /// Shapes several methods share, by Rust struct name.
    #[serde(default)]
    pub shapes: BTreeMap<String, Shape>,
    /// Methods, in generation order (root file first, then each include).
    #[serde(default)]
    pub methods: Vec<Method>,
}

/// The whole spec, every file merged.
#[derive(Debug, Clone)]
pub struct Spec {
    /// Free-form facts about the platform (gateway, version), shown in generated docs.
    pub info: Info,
    /// Public sources, by key (`DOC-132`, `DG`, ...), cited by `provenance.sources` and `cert`.
    pub sources: BTreeMap<String, String>,
    /// Shared code tables (enums) used by parameters and response elements, by Rust type name.
    pub types: BTreeMap<String, EnumType>,
    /// Shapes (element trees) several methods share, by Rust struct name; elements use one with `shape:`.
    pub shapes: BTreeMap<String, Shape>,
    /// Every API method, in the order they are generated.
    pub methods: Vec<Method>,
    /// Which file and position each method, type and source came from.
    pub origins: Origins,
}

/// Where merged items came from: indexes into the list of loaded files.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    /// Per merged method: (file index, index within that file's `methods`).
    pub methods: Vec<(usize, usize)>,
    /// Per type name: file index.
    pub types: BTreeMap<String, usize>,
    /// Per shape name: file index.
    pub shapes: BTreeMap<String, usize>,
    /// Per source key: file index.
    pub sources: BTreeMap<String, usize>,
}

/// Platform-level facts.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Info {
    /// Human title.
    pub title: String,
    /// The wire protocol of the API: how calls are signed and encoded and replies read.
    pub protocol: Protocol,
    /// Default gateway URL (`http://api.open.dangdang.com/openapi/rest`).
    pub gateway: String,
    /// Value of the `v` system parameter.
    pub version: String,
    /// Spec-wide warnings accepted on purpose: warning code → why (e.g. `W003: "…"`).
    #[serde(default)]
    pub allow: BTreeMap<String, String>,
}

/// The wire protocols the generator can emit clients for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Protocol {
    /// Dangdang's: MD5-signed parameters, GBK XML replies under `<response>`, XML uploads under
    /// `<request>`.
    #[serde(rename = "dangdang-xml")]
    DangdangXml,
    /// Wangdian QJB's: MD5-signed query parameters, a JSON array of positional arguments as the
    /// body, JSON replies (`status`, `message`, `data`).
    #[serde(rename = "wangdian-json")]
    WangdianJson,
}

impl Protocol {
    /// The spec spellings, for messages.
    pub const NAMES: [&'static str; 2] = ["dangdang-xml", "wangdian-json"];

    /// The spec spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::DangdangXml => "dangdang-xml",
            Protocol::WangdianJson => "wangdian-json",
        }
    }

    /// The wire names of the upload document's root and of the reply's root.
    pub fn roots(self) -> (&'static str, &'static str) {
        match self {
            Protocol::DangdangXml => ("request", "response"),
            Protocol::WangdianJson => ("body", "envelope"),
        }
    }

    /// Whether a wrapper element whose only child repeats (`OrdersList` › `OrderInfo*`) is a plain
    /// list: true for XML, where the repetition is of the child; false for JSON, where a `repeated`
    /// key is an array and its parent an object of its own.
    pub fn flattens_list_wrappers(self) -> bool {
        self == Protocol::DangdangXml
    }

    /// The transports a method of this protocol may use, the first being the default.
    pub fn transports(self) -> &'static [Transport] {
        match self {
            Protocol::DangdangXml => &[Transport::Get, Transport::PostForm, Transport::Multipart],
            Protocol::WangdianJson => &[Transport::PostJson],
        }
    }
}

/// A shape several methods share: the children of an element, defined once under `shapes:`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shape {
    /// What the shape holds. Chinese meaning, as Dangdang words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
    /// Certainty and sources.
    #[serde(default)]
    pub cert: Option<String>,
    /// The child elements, as under an element's `children:`.
    pub children: Vec<Element>,
}

/// A code table such as order states or courier codes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumType {
    /// What the codes mean as a whole. Chinese meaning, as Dangdang words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
    /// Whether codes are numbers (`int`) or text (`text`, e.g. `上架`).
    pub repr: EnumRepr,
    /// Where the table comes from (source keys and certainty, as in the reference).
    #[serde(default)]
    pub cert: Option<String>,
    /// The known codes.
    pub values: Vec<EnumValue>,
}

/// How an enum's codes look on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnumRepr {
    /// Integer codes (`101`, `-100`).
    Int,
    /// Text codes (`上架`, `YTO`).
    Text,
}

/// One known code of an enum.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// The wire value, exactly.
    pub code: serde_yaml::Value,
    /// Rust variant name (UpperCamelCase).
    pub name: String,
    /// Meaning of the code. Chinese meaning, as Dangdang words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
}

/// One API method.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Method {
    /// Dotted method name sent as the `method` system parameter (`dangdang.orders.list.get`).
    pub name: String,
    /// Rust name override for the client method and module (default: the dotted name without
    /// `dangdang.`, snake_case). `rust:` is the same key.
    #[serde(default, alias = "rust")]
    pub rust_name: Option<String>,
    /// Module group; each group is a cargo feature of the API crate (`dangdang-xml`: one of
    /// [`DANGDANG_GROUPS`]; other protocols: any snake_case name).
    pub group: String,
    /// The official category (`订单类`), verbatim; shown in the docs.
    #[serde(default)]
    pub category: Option<String>,
    /// The legacy v2 URL this method replaces (`dangdang-xml` only, where it is required).
    #[serde(default)]
    pub legacy_url: Option<String>,
    /// How the request travels (required for `dangdang-xml`; `post_json`, the default, for
    /// `wangdian-json`).
    #[serde(default)]
    pub transport: Option<Transport>,
    /// Whether the call only reads (safe to retry) or changes shop data.
    pub safety: Safety,
    /// What the method does. Chinese meaning, as Dangdang words it.
    #[serde(default)]
    pub zh: Option<String>,
    /// English summary.
    #[serde(default)]
    pub en: Option<String>,
    /// How much of the method is publicly known, and from where.
    pub provenance: Provenance,
    /// The time window the documentation states, verbatim (shown in the docs; checked by `rules:`).
    #[serde(default)]
    pub window: Option<String>,
    /// Business parameters (system parameters are added by the runtime); for `wangdian-json`, the
    /// query parameters besides the system ones (the pager).
    #[serde(default)]
    pub params: Vec<Param>,
    /// `wangdian-json`: the positional arguments of the JSON body, in order.
    #[serde(default)]
    pub args: Vec<Arg>,
    /// Constraints spanning several parameters.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// The uploaded document, for `multipart` methods.
    #[serde(default)]
    pub upload: Option<Upload>,
    /// Children of the `<response>` root after `functionID` and `time`. Absent means untyped:
    /// the method returns a generic XML tree.
    #[serde(default)]
    pub response: Option<Vec<Element>>,
    /// Page-numbered list methods: which parameters page and where the totals are.
    #[serde(default)]
    pub pagination: Option<Pagination>,
    /// Method-specific result codes (`operCode` and friends).
    #[serde(default)]
    pub codes: Vec<Code>,
    /// Free-form notes shown in the docs (conflicts, version history, quirks).
    #[serde(default)]
    pub notes: Vec<String>,
    /// Warnings about this method accepted on purpose: warning code → why (e.g. `W002: "…"`).
    #[serde(default)]
    pub allow: BTreeMap<String, String>,
}

/// The groups of `dangdang-xml` specs: (module and cargo feature, one-line description), in
/// generation order.
pub const DANGDANG_GROUPS: [(&str, &str); 5] = [
    ("items", "Items (商品): listing, stock, prices, pictures, states."),
    ("orders", "Orders (订单): search, details, shipping, returns and exchanges."),
    ("shop", "Shop (店铺): Dangdang categories, sale properties, brands, shop categories, coupons."),
    ("promotions", "Promotions (促销): promotion lists, details and price-off campaigns."),
    ("qa", "Buyer questions and answers (商品问答)."),
];

/// How a request travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Transport {
    /// Every parameter in the query string of a GET.
    Get,
    /// Every parameter in an `application/x-www-form-urlencoded` POST body.
    PostForm,
    /// `multipart/form-data` POST with the uploaded document as a file part.
    Multipart,
    /// POST with the parameters in the query and a JSON body (`wangdian-json`).
    PostJson,
}

/// Whether a method changes shop data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Safety {
    /// Reads only; the runtime may retry it.
    Read,
    /// Changes data; never retried automatically (Dangdang has no idempotency keys).
    Write,
}

/// How much is publicly known about a method.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// `documented`, `partial` or `unknown`.
    pub status: ProvenanceStatus,
    /// Source keys from the top-level `sources` table.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// Provenance levels, as in the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProvenanceStatus {
    /// Parameters and response known.
    Documented,
    /// Some of parameters, response or verb known.
    Partial,
    /// Nothing public.
    Unknown,
}

impl ProvenanceStatus {
    /// The spec spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            ProvenanceStatus::Documented => "documented",
            ProvenanceStatus::Partial => "partial",
            ProvenanceStatus::Unknown => "unknown",
        }
    }
}

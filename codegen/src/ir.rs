//! The intermediate model: the validated spec with Rust names and types resolved, ready to emit.
//!
//! Protocol-neutral: methods, parameters, shapes (structs and their fields), code tables and docs.
//! How a shape travels (XML elements today) is the business of the wire-format emitters in `emit`,
//! chosen by [`Api::protocol`].

mod lower;

use std::collections::BTreeSet;

pub use lower::lower;

use crate::model::{EnumRepr, ListForm, Protocol, ProvenanceStatus, Safety, SpanUnit, Transport};
pub use crate::values::ValueType;

/// Chinese meaning, English summary and certainty of one item.
#[derive(Debug, Clone, Default)]
pub struct Docs {
    /// Chinese meaning.
    pub zh: Option<String>,
    /// English summary.
    pub en: Option<String>,
    /// Certainty and sources.
    pub cert: Option<String>,
}

/// The whole API.
#[derive(Debug)]
pub struct Api {
    /// Spec file name, for preambles.
    pub spec_file: String,
    /// The wire protocol the spec names (`info.protocol`): picks the wire-format emitter.
    pub protocol: Protocol,
    /// Gateway URL.
    pub gateway: String,
    /// `v` system parameter.
    pub version: String,
    /// The groups (modules and cargo features), in generation order.
    pub groups: Vec<GroupIr>,
    /// Code tables.
    pub enums: Vec<EnumIr>,
    /// Shared shapes from the spec's `shapes:` section and the structs nested in them, by first use
    /// (a shape no method uses is left out).
    pub shapes: Vec<SharedIr>,
    /// Methods in spec order.
    pub methods: Vec<MethodIr>,
}

impl Api {
    /// The shared struct named `name`.
    pub fn shape(&self, name: &str) -> Option<&StructIr> {
        self.shapes.iter().map(|s| &s.item).find(|s| s.name == name)
    }
}

/// A module group and cargo feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupIr {
    /// Module and feature name.
    pub module: String,
    /// One-line description for the module docs.
    pub description: String,
}

/// A struct several methods share, and the groups of the methods using it (its features).
#[derive(Debug)]
pub struct SharedIr {
    /// The struct.
    pub item: StructIr,
    /// Groups whose methods use it, directly or nested.
    pub groups: BTreeSet<String>,
}

/// A code table.
#[derive(Debug)]
pub struct EnumIr {
    /// Rust type name.
    pub name: String,
    /// Docs.
    pub docs: Docs,
    /// Integer or text codes.
    pub repr: EnumRepr,
    /// Known codes.
    pub variants: Vec<VariantIr>,
}

/// One known code.
#[derive(Debug)]
pub struct VariantIr {
    /// Rust variant name.
    pub name: String,
    /// Wire value.
    pub code: String,
    /// Meaning.
    pub docs: Docs,
}

/// One method.
#[derive(Debug)]
pub struct MethodIr {
    /// `dangdang.orders.list.get`.
    pub dotted: String,
    /// Module and client-method name, `orders_list_get`.
    pub rust: String,
    /// Group (module and cargo feature).
    pub group: String,
    /// The official category, verbatim.
    pub category: Option<String>,
    /// Legacy URL, for APIs that had one.
    pub legacy_url: Option<String>,
    /// Legacy script name, `searchOrders.php`.
    pub legacy_script: Option<String>,
    /// How the request travels.
    pub transport: Transport,
    /// Read or write.
    pub safety: Safety,
    /// Docs.
    pub docs: Docs,
    /// Provenance level.
    pub provenance: ProvenanceStatus,
    /// Source keys with their descriptions.
    pub sources: Vec<(String, String)>,
    /// Notes.
    pub notes: Vec<String>,
    /// The time window the documentation states, verbatim.
    pub window: Option<String>,
    /// Business parameters (sent as parameters, not in a body).
    pub params: Vec<ParamIr>,
    /// Positional arguments of a body (JSON protocols), in order.
    pub args: Vec<ArgIr>,
    /// Names of the shared structs the arguments use, directly or nested, sorted.
    pub arg_shared: Vec<String>,
    /// Cross-parameter rules, with Rust field names.
    pub rules: Vec<RuleIr>,
    /// Upload, for multipart methods.
    pub upload: Option<UploadIr>,
    /// The typed reply, or `None` for an untyped reply (the protocol's generic tree).
    pub response: Option<TreeIr>,
    /// Pagination hints.
    pub pagination: Option<PaginationIr>,
    /// Method-specific result codes.
    pub codes: Vec<(i64, Docs)>,
}

/// One business parameter.
#[derive(Debug)]
pub struct ParamIr {
    /// Wire name.
    pub wire: String,
    /// Rust name.
    pub rust: String,
    /// Type.
    pub ty: ValueType,
    /// Constructor argument when true.
    pub required: bool,
    /// Server-side default, as text.
    pub default: Option<String>,
    /// Allowed values, as wire text.
    pub allowed: Vec<String>,
    /// A list (a `Vec` of `ty`) and how it travels; `None` for one value.
    pub list: Option<ListForm>,
    /// Most entries of a list, checked before sending.
    pub max_items: Option<u32>,
    /// Value checks run before sending.
    pub checks: ValueChecks,
    /// Limits in words.
    pub limits: Option<String>,
    /// Docs.
    pub docs: Docs,
}

/// Checks on one value's wire text, run before sending.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ValueChecks {
    /// The only values allowed (wire text).
    pub allowed: Vec<String>,
    /// Most characters.
    pub max_chars: Option<u32>,
    /// Smallest number, exact and within the value's type.
    pub min: Option<rust_decimal::Decimal>,
    /// Largest number, exact and within the value's type.
    pub max: Option<rust_decimal::Decimal>,
}

impl ValueChecks {
    /// True when nothing is checked.
    pub fn is_empty(&self) -> bool {
        *self == ValueChecks::default()
    }
}

/// One positional argument of a body.
#[derive(Debug)]
pub struct ArgIr {
    /// Name in the documentation.
    pub name: String,
    /// What it is.
    pub kind: ArgIrKind,
}

/// What a positional argument is.
#[derive(Debug)]
pub enum ArgIrKind {
    /// An object whose fields are the request's own.
    Flatten(Vec<ParamIr>),
    /// One field of the request.
    Field(ArgField),
}

/// A positional argument that is one field of the request.
#[derive(Debug)]
pub struct ArgField {
    /// Rust name.
    pub rust: String,
    /// Its type.
    pub ty: ArgType,
    /// Constructor argument when true.
    pub required: bool,
    /// Value checks of a scalar, run before sending.
    pub checks: ValueChecks,
    /// Docs.
    pub docs: Docs,
}

/// The type of a positional argument that is one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgType {
    /// A value.
    Value(ValueType),
    /// A list of a shared struct.
    List(String),
    /// An untyped value of the protocol's generic tree.
    Untyped,
}

/// A parameter a rule names: its wire and Rust names and whether it is required (always set).
#[derive(Debug, Clone)]
pub struct RuleParam {
    /// Wire name.
    pub wire: String,
    /// Rust field name.
    pub rust: String,
    /// Required: the field is not an `Option`.
    pub required: bool,
}

/// A cross-parameter rule with Rust names resolved.
#[derive(Debug)]
pub enum RuleIr {
    /// At least one of these parameters must be set.
    OneOf(Vec<RuleParam>),
    /// Span between two date-time parameters.
    MaxSpan {
        /// Start.
        start: RuleParam,
        /// End.
        end: RuleParam,
        /// The cap.
        limit: u32,
        /// Its unit.
        unit: SpanUnit,
    },
}

/// Page-numbered list methods, by wire names and paths (`totalInfo/pageTotal`).
#[derive(Debug, Clone)]
pub struct PaginationIr {
    /// Page-number parameter.
    pub page: String,
    /// The number of the first page (0 or 1).
    pub first_page: i32,
    /// Page-size parameter, if the caller may choose it.
    pub size: Option<String>,
    /// What the reply states as its total, and where.
    pub total: TotalIr,
    /// Path of the repeated records in the reply.
    pub items: String,
}

/// The total a page of a list method states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TotalIr {
    /// The number of pages, at this reply path.
    Pages(String),
    /// The number of records, at this reply path.
    Records(String),
    /// No total: the walk ends at an empty or short page.
    Unknown,
}

/// The uploaded document.
#[derive(Debug)]
pub struct UploadIr {
    /// Multipart field.
    pub field: String,
    /// File name of the part.
    pub filename: String,
    /// What the part carries.
    pub body: UploadBody,
    /// Size cap.
    pub max_bytes: Option<u64>,
}

/// What an upload part carries.
#[derive(Debug)]
pub enum UploadBody {
    /// A typed document in the protocol's format.
    Typed(TreeIr),
    /// A document in the protocol's format, as text the caller writes.
    Text,
    /// Opaque bytes the caller supplies (an archive).
    Bytes,
    /// A zip archive the client builds: the typed document (as the protocol's document file) plus
    /// the caller's files, by name.
    Zip(TreeIr),
}

impl UploadIr {
    /// The typed document, if the upload has one.
    pub fn tree(&self) -> Option<&TreeIr> {
        match &self.body {
            UploadBody::Typed(tree) | UploadBody::Zip(tree) => Some(tree),
            UploadBody::Text | UploadBody::Bytes => None,
        }
    }
}

/// One typed tree (an upload document or a reply): its own structs and the shared ones it uses.
#[derive(Debug)]
pub struct TreeIr {
    /// Structs defined in the tree, root first.
    pub structs: Vec<StructIr>,
    /// Names of the shared structs (see [`Api::shapes`]) the tree uses, directly or nested, sorted.
    pub shared: Vec<String>,
}

impl TreeIr {
    /// The root struct.
    pub fn root(&self) -> &StructIr {
        &self.structs[0]
    }
}

/// A struct generated from a shape (a named value with fields).
#[derive(Debug)]
pub struct StructIr {
    /// Rust name.
    pub name: String,
    /// Name on the wire: for roots, the protocol's envelope name; for a shared shape, the name of
    /// the element first using it.
    pub wire: String,
    /// Docs.
    pub docs: Docs,
    /// Fields in wire order.
    pub fields: Vec<FieldIr>,
    /// How the struct travels.
    pub uses: Uses,
}

/// The directions a struct travels in: sent (built by the caller and encoded) and received (decoded).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Uses {
    /// Part of an upload: built by the caller, encoded by the client.
    pub sent: bool,
    /// Part of a reply: decoded by the client.
    pub received: bool,
}

/// One field of a generated struct.
#[derive(Debug)]
pub struct FieldIr {
    /// Rust name.
    pub rust: String,
    /// Name on the wire.
    pub wire: String,
    /// Other wire spellings read into the same field (replies).
    pub also: Vec<String>,
    /// What the field holds.
    pub kind: FieldKind,
    /// Always present (for leaves and single structs).
    pub required: bool,
    /// Most occurrences (lists).
    pub max_items: Option<u32>,
    /// Value checks for sent leaves.
    pub checks: ValueChecks,
    /// Docs.
    pub docs: Docs,
}

/// What a field holds.
#[derive(Debug)]
pub enum FieldKind {
    /// A leaf value.
    Value(ValueType),
    /// A nested struct, once.
    Struct(String),
    /// A repeated value: leaf values or structs.
    Repeated(Box<FieldKind>),
    /// A wrapper holding only a repeated child (`OrdersList` › `OrderInfo*`), flattened into a list.
    List {
        /// Wire name of the repeated child.
        item_wire: String,
        /// The child's shape (a value or a struct).
        item: Box<FieldKind>,
    },
}

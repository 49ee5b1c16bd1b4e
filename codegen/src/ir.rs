//! The intermediate model: the validated spec with Rust names and types resolved, ready to emit.

use std::collections::BTreeMap;

use crate::model::{self, EnumRepr, EnumType, Group, ProvenanceStatus, Safety, Spec, Transport, UploadFormat};
use crate::naming;
use crate::validate::scalar_text;

/// The value type of a parameter or a leaf element.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueType {
    /// `int`: i32.
    Int,
    /// `long`: i64 (ids).
    Long,
    /// `decimal`: exact money, rust_decimal.
    Decimal,
    /// `datetime`: `yyyy-MM-dd HH:mm:ss`, Beijing local time.
    DateTime,
    /// `date`: `yyyy-MM-dd`.
    Date,
    /// `string`: text.
    String,
    /// `string` marked `personal: true`: buyer personal data, `Personal` (redacted in `Debug`).
    PersonalText,
    /// `bool01`: `0` / `1`.
    Bool01,
    /// `boolyn`: `Y` / `N`.
    BoolYn,
    /// `boolzh`: `是` / `否`.
    BoolZh,
    /// A code table from `types:`.
    Enum(String),
}

impl ValueType {
    /// Scalar type names a spec may use.
    pub const SCALARS: &'static [&'static str] =
        &["int", "long", "decimal", "datetime", "date", "string", "bool01", "boolyn", "boolzh"];

    /// Resolves a spec type name against the scalars and the named types.
    pub fn resolve(name: &str, types: &BTreeMap<String, EnumType>) -> Option<ValueType> {
        Some(match name {
            "int" => ValueType::Int,
            "long" => ValueType::Long,
            "decimal" => ValueType::Decimal,
            "datetime" => ValueType::DateTime,
            "date" => ValueType::Date,
            "string" => ValueType::String,
            "bool01" => ValueType::Bool01,
            "boolyn" => ValueType::BoolYn,
            "boolzh" => ValueType::BoolZh,
            other if types.contains_key(other) => ValueType::Enum(other.to_owned()),
            _ => return None,
        })
    }

    /// The type of a value declared `ty`, `personal` or not (validation reports `personal` on
    /// anything but text, and unknown types).
    pub fn of_value(ty: &str, personal: bool, types: &BTreeMap<String, EnumType>) -> ValueType {
        match ValueType::resolve(ty, types).unwrap_or(ValueType::String) {
            ValueType::String if personal => ValueType::PersonalText,
            other => other,
        }
    }

    /// The boolean wire spelling (`true`, `false`) for boolean types.
    pub fn bool_spelling(&self) -> Option<(&'static str, &'static str)> {
        match self {
            ValueType::Bool01 => Some(("1", "0")),
            ValueType::BoolYn => Some(("Y", "N")),
            ValueType::BoolZh => Some(("是", "否")),
            _ => None,
        }
    }
}

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
    /// Gateway URL.
    pub gateway: String,
    /// `v` system parameter.
    pub version: String,
    /// Code tables.
    pub enums: Vec<EnumIr>,
    /// Methods in spec order.
    pub methods: Vec<MethodIr>,
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
    /// Group.
    pub group: Group,
    /// Legacy URL.
    pub legacy_url: String,
    /// Legacy script name, `searchOrders.php`.
    pub legacy_script: String,
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
    /// Business parameters.
    pub params: Vec<ParamIr>,
    /// Cross-parameter rules, with Rust field names.
    pub rules: Vec<RuleIr>,
    /// Upload, for multipart methods.
    pub upload: Option<UploadIr>,
    /// Typed response structs (root first), or `None` for a generic XML tree.
    pub response: Option<Vec<StructIr>>,
    /// Pagination hints.
    pub pagination: Option<model::Pagination>,
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
    /// Comma-list cap.
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

/// A cross-parameter rule with Rust names resolved.
#[derive(Debug)]
pub enum RuleIr {
    /// At least one of these (wire, rust) parameters must be set.
    OneOf(Vec<(String, String)>),
    /// Span between two date-time parameters.
    MaxSpan {
        /// Start (wire, rust).
        start: (String, String),
        /// End (wire, rust).
        end: (String, String),
        /// Days.
        days: u32,
    },
}

/// The uploaded document.
#[derive(Debug)]
pub struct UploadIr {
    /// Multipart field.
    pub field: String,
    /// File name of the part.
    pub filename: String,
    /// XML or zip.
    pub format: UploadFormat,
    /// Size cap.
    pub max_bytes: Option<u64>,
    /// Typed document structs (root `Document` first); empty for raw XML or zip bytes.
    pub structs: Vec<StructIr>,
}

/// A struct generated from an element with children.
#[derive(Debug)]
pub struct StructIr {
    /// Rust name.
    pub name: String,
    /// Element name on the wire (`response` / `request` for roots).
    pub wire: String,
    /// Docs.
    pub docs: Docs,
    /// Fields in element order.
    pub fields: Vec<FieldIr>,
}

/// One field of a generated struct.
#[derive(Debug)]
pub struct FieldIr {
    /// Rust name.
    pub rust: String,
    /// Element name.
    pub wire: String,
    /// Shape.
    pub kind: FieldKind,
    /// Always present (for leaves and single structs).
    pub required: bool,
    /// Most occurrences (lists).
    pub max_items: Option<u32>,
    /// Value checks for upload leaves.
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
    /// A repeated element: leaf values or structs.
    Repeated(Box<FieldKind>),
    /// A wrapper element holding only a repeated child (`OrdersList` › `OrderInfo*`), flattened into a list.
    List {
        /// Name of the repeated child element.
        item_wire: String,
        /// The child's shape (a value or a struct).
        item: Box<FieldKind>,
    },
}

/// Lowers a validated spec.
pub fn lower(spec: &Spec, spec_file: &str) -> Api {
    let enums = spec
        .types
        .iter()
        .map(|(name, table)| EnumIr {
            name: name.clone(),
            docs: Docs { zh: table.zh.clone(), en: table.en.clone(), cert: table.cert.clone() },
            repr: table.repr,
            variants: table
                .values
                .iter()
                .map(|v| VariantIr {
                    name: v.name.clone(),
                    code: scalar_text(&v.code).unwrap_or_default(),
                    docs: Docs { zh: v.zh.clone(), en: v.en.clone(), cert: None },
                })
                .collect(),
        })
        .collect();
    let methods = spec.methods.iter().map(|m| lower_method(spec, m)).collect();
    Api {
        spec_file: spec_file.to_owned(),
        gateway: spec.info.gateway.clone(),
        version: spec.info.version.clone(),
        enums,
        methods,
    }
}

fn lower_method(spec: &Spec, method: &model::Method) -> MethodIr {
    let params: Vec<ParamIr> = method
        .params
        .iter()
        .map(|p| {
            let ty = ValueType::of_value(&p.ty, p.personal, &spec.types);
            ParamIr {
                wire: p.wire.clone(),
                rust: naming::param_rust(p),
                required: p.required,
                default: p.default.as_ref().and_then(scalar_text),
                allowed: p.allowed.iter().filter_map(scalar_text).collect(),
                max_items: p.max_items,
                checks: ValueChecks {
                    allowed: Vec::new(),
                    max_chars: p.max_chars,
                    min: bound(p.min.as_ref(), &ty),
                    max: bound(p.max.as_ref(), &ty),
                },
                limits: p.limits.clone(),
                docs: Docs { zh: p.zh.clone(), en: p.en.clone(), cert: p.cert.clone() },
                ty,
            }
        })
        .collect();
    let rust_of = |wire: &str| {
        let rust = params.iter().find(|p| p.wire == wire).map(|p| p.rust.clone()).unwrap_or_default();
        (wire.to_owned(), rust)
    };
    let rules = method
        .rules
        .iter()
        .filter_map(|rule| match (&rule.one_of, &rule.max_span) {
            (Some(names), None) => Some(RuleIr::OneOf(names.iter().map(|n| rust_of(n)).collect())),
            (None, Some(span)) => {
                Some(RuleIr::MaxSpan { start: rust_of(&span.start), end: rust_of(&span.end), days: span.days })
            }
            _ => None,
        })
        .collect();
    let upload = method.upload.as_ref().map(|u| UploadIr {
        field: u.field.clone(),
        filename: u.filename.clone().unwrap_or_else(|| match u.format {
            UploadFormat::Xml => format!("{}.xml", u.field),
            UploadFormat::Zip => format!("{}.zip", u.field),
        }),
        format: u.format,
        max_bytes: u.max_bytes,
        structs: if u.document.is_empty() {
            Vec::new()
        } else {
            lower_tree(spec, "Document", "request", &u.document, Docs::default())
        },
    });
    let response = method.response.as_ref().map(|tree| {
        lower_tree(
            spec,
            "Response",
            "response",
            tree,
            Docs { zh: method.zh.clone(), en: method.en.clone(), cert: None },
        )
    });
    MethodIr {
        dotted: method.name.clone(),
        rust: naming::method_rust(method),
        group: method.group,
        legacy_url: method.legacy_url.clone(),
        legacy_script: naming::legacy_script(&method.legacy_url).to_owned(),
        transport: method.transport,
        safety: method.safety,
        docs: Docs { zh: method.zh.clone(), en: method.en.clone(), cert: None },
        provenance: method.provenance.status,
        sources: method
            .provenance
            .sources
            .iter()
            .map(|key| (key.clone(), spec.sources.get(key).cloned().unwrap_or_default()))
            .collect(),
        notes: method.notes.clone(),
        params,
        rules,
        upload,
        response,
        pagination: method.pagination.clone(),
        codes: method
            .codes
            .iter()
            .map(|c| (c.code, Docs { zh: c.zh.clone(), en: c.en.clone(), cert: c.cert.clone() }))
            .collect(),
    }
}

/// Flattens an element tree into structs, root first; identical reuses of a name are emitted once.
fn lower_tree(spec: &Spec, root: &str, root_wire: &str, tree: &[model::Element], docs: Docs) -> Vec<StructIr> {
    let mut out = Vec::new();
    let fields = lower_fields(spec, tree, &mut out);
    out.insert(0, StructIr { name: root.to_owned(), wire: root_wire.to_owned(), docs, fields });
    out
}

fn lower_fields(spec: &Spec, elements: &[model::Element], out: &mut Vec<StructIr>) -> Vec<FieldIr> {
    elements
        .iter()
        .map(|e| {
            let docs = Docs { zh: e.zh.clone(), en: e.en.clone(), cert: e.cert.clone() };
            let rust = naming::element_field(e);
            // A wrapper whose only child repeats becomes a plain list.
            if let [item] = e.children.as_slice() {
                if item.repeated {
                    let item_kind = element_kind(spec, item, out);
                    return FieldIr {
                        rust,
                        wire: e.name.clone(),
                        kind: FieldKind::List { item_wire: item.name.clone(), item: Box::new(item_kind) },
                        required: e.required,
                        max_items: item.max_items,
                        checks: value_checks(spec, item),
                        docs,
                    };
                }
            }
            let kind = element_kind(spec, e, out);
            let kind = if e.repeated { FieldKind::Repeated(Box::new(kind)) } else { kind };
            FieldIr {
                rust,
                wire: e.name.clone(),
                kind,
                required: e.required,
                max_items: e.max_items,
                checks: value_checks(spec, e),
                docs,
            }
        })
        .collect()
}

/// The value checks an element declares.
fn value_checks(spec: &Spec, e: &model::Element) -> ValueChecks {
    let ty = ValueType::resolve(e.ty.as_deref().unwrap_or("string"), &spec.types).unwrap_or(ValueType::String);
    ValueChecks {
        allowed: e.allowed.iter().filter_map(scalar_text).collect(),
        max_chars: e.max_chars,
        min: bound(e.min.as_ref(), &ty),
        max: bound(e.max.as_ref(), &ty),
    }
}

/// A bound that validation accepted (validation reports the others, so they are dropped here).
fn bound(number: Option<&serde_yaml::Number>, ty: &ValueType) -> Option<rust_decimal::Decimal> {
    number.and_then(|n| crate::bounds::parse(n, ty).ok())
}

/// The shape of one element occurrence, emitting its struct if it has children.
fn element_kind(spec: &Spec, e: &model::Element, out: &mut Vec<StructIr>) -> FieldKind {
    if e.children.is_empty() {
        return FieldKind::Value(ValueType::of_value(e.ty.as_deref().unwrap_or("string"), e.personal, &spec.types));
    }
    let name = naming::element_struct(e);
    if !out.iter().any(|s| s.name == name) {
        let fields = lower_fields(spec, &e.children, out);
        out.push(StructIr {
            name: name.clone(),
            wire: e.name.clone(),
            docs: Docs { zh: e.zh.clone(), en: e.en.clone(), cert: e.cert.clone() },
            fields,
        });
    }
    FieldKind::Struct(name)
}

//! Lowers a validated spec to the IR: Rust names, resolved types, element trees flattened into
//! structs, shared shapes lowered once.

use std::collections::{BTreeMap, BTreeSet};

use super::{
    Api, ArgField, ArgIr, ArgIrKind, ArgType, Docs, EnumIr, FieldIr, FieldKind, GroupIr, MethodIr, PaginationIr,
    ParamIr, RuleIr, RuleParam, SharedIr, StructIr, TotalIr, TreeIr, UploadBody, UploadIr, Uses, ValueChecks,
    VariantIr,
};
use crate::model::{self, ArgKind, Protocol, Spec, UploadFormat};
use crate::naming;
use crate::values::{ValueType, scalar_text};

/// Lowers a validated spec.
pub fn lower(spec: &Spec, spec_file: &str) -> Api {
    let enums = spec
        .types
        .iter()
        .map(|(name, table)| EnumIr {
            name: name.clone(),
            docs: docs(&table.zh, &table.en, &table.cert),
            repr: table.repr,
            variants: table
                .values
                .iter()
                .map(|v| VariantIr {
                    name: v.name.clone(),
                    code: scalar_text(&v.code).unwrap_or_default(),
                    docs: docs(&v.zh, &v.en, &None),
                })
                .collect(),
        })
        .collect();
    let mut lowering = Lowering { spec, group: String::new(), shared: Vec::new(), closures: BTreeMap::new() };
    let methods = spec.methods.iter().map(|m| lowering.method(m)).collect();
    Api {
        spec_file: spec_file.to_owned(),
        protocol: spec.info.protocol,
        gateway: spec.info.gateway.clone(),
        version: spec.info.version.clone(),
        groups: groups(spec),
        enums,
        shapes: lowering.shared,
        methods,
    }
}

/// The groups: Dangdang's five, always, in their order; for other protocols each group its methods
/// name, in order of first use, described by the first method's category.
fn groups(spec: &Spec) -> Vec<GroupIr> {
    if spec.info.protocol == Protocol::DangdangXml {
        let group =
            |(module, description): (&str, &str)| GroupIr { module: module.into(), description: description.into() };
        return model::DANGDANG_GROUPS.into_iter().map(group).collect();
    }
    let mut groups: Vec<GroupIr> = Vec::new();
    for method in &spec.methods {
        if groups.iter().all(|g| g.module != method.group) {
            let description = match &method.category {
                Some(category) => format!("{category} (`{}`) methods.", method.group),
                None => format!("The `{}` methods.", method.group),
            };
            groups.push(GroupIr { module: method.group.clone(), description });
        }
    }
    groups
}

fn docs(zh: &Option<String>, en: &Option<String>, cert: &Option<String>) -> Docs {
    Docs { zh: zh.clone(), en: en.clone(), cert: cert.clone() }
}

/// Lowering state shared by every method: the shared structs lowered so far.
struct Lowering<'a> {
    spec: &'a Spec,
    /// The group of the method being lowered.
    group: String,
    /// Shared structs (shapes and the structs nested in them), by first use.
    shared: Vec<SharedIr>,
    /// Per shape: the names of every shared struct it consists of, itself included.
    closures: BTreeMap<String, BTreeSet<String>>,
}

/// Where the structs of the tree being lowered go.
struct Sink {
    /// Structs defined in the tree.
    structs: Vec<StructIr>,
    /// Shared structs the tree uses.
    shared: BTreeSet<String>,
    /// The direction of the tree.
    uses: Uses,
}

impl Lowering<'_> {
    fn method(&mut self, method: &model::Method) -> MethodIr {
        let spec = self.spec;
        self.group = method.group.clone();
        let params: Vec<ParamIr> = method.params.iter().map(|p| param(spec, p)).collect();
        let (args, arg_shared) = self.args(method);
        let (upload_root, reply_root) = spec.info.protocol.roots();
        let upload = method.upload.as_ref().map(|u| UploadIr {
            field: u.field.clone(),
            filename: u.filename.clone().unwrap_or_else(|| match u.format {
                UploadFormat::Xml => format!("{}.xml", u.field),
                UploadFormat::Zip => format!("{}.zip", u.field),
            }),
            body: match u.format {
                UploadFormat::Zip if u.document.is_empty() => UploadBody::Bytes,
                UploadFormat::Zip => {
                    let sent = Uses { sent: true, received: false };
                    UploadBody::Zip(self.tree("Document", upload_root, &u.document, Docs::default(), sent))
                }
                UploadFormat::Xml if u.document.is_empty() => UploadBody::Text,
                UploadFormat::Xml => {
                    let sent = Uses { sent: true, received: false };
                    UploadBody::Typed(self.tree("Document", upload_root, &u.document, Docs::default(), sent))
                }
            },
            max_bytes: u.max_bytes,
        });
        let mut response = method.response.as_ref().map(|tree| {
            let received = Uses { sent: false, received: true };
            self.tree("Response", reply_root, tree, docs(&method.zh, &method.en, &None), received)
        });
        if let Some(tree) = &mut response {
            self.share_with_args(tree, &arg_shared);
        }
        MethodIr {
            dotted: method.name.clone(),
            rust: naming::method_rust(method),
            group: method.group.clone(),
            category: method.category.clone(),
            legacy_url: method.legacy_url.clone(),
            legacy_script: method.legacy_url.as_deref().map(|url| naming::legacy_script(url).to_owned()),
            transport: method.transport.unwrap_or(spec.info.protocol.transports()[0]),
            safety: method.safety,
            docs: docs(&method.zh, &method.en, &None),
            provenance: method.provenance.status,
            sources: method
                .provenance
                .sources
                .iter()
                .map(|key| (key.clone(), spec.sources.get(key).cloned().unwrap_or_default()))
                .collect(),
            notes: method.notes.clone(),
            window: method.window.clone(),
            rules: rules(method, &params, &args),
            params,
            args,
            arg_shared,
            upload,
            response,
            pagination: method.pagination.as_ref().map(pagination),
            codes: method.codes.iter().map(|c| (c.code, docs(&c.zh, &c.en, &c.cert))).collect(),
        }
    }

    /// Flattens an element tree into structs, root first; identical reuses of a name are emitted once.
    fn tree(&mut self, root: &str, root_wire: &str, tree: &[model::Element], docs: Docs, uses: Uses) -> TreeIr {
        let mut sink = Sink { structs: Vec::new(), shared: BTreeSet::new(), uses };
        let fields = self.fields(tree, &mut sink);
        // Validation makes a tree's own struct of a shared name identical to the shared one.
        sink.structs.retain(|s| !sink.shared.contains(&s.name));
        sink.structs.insert(0, StructIr { name: root.to_owned(), wire: root_wire.to_owned(), docs, fields, uses });
        TreeIr { structs: sink.structs, shared: sink.shared.into_iter().collect() }
    }

    fn fields(&mut self, elements: &[model::Element], sink: &mut Sink) -> Vec<FieldIr> {
        elements.iter().map(|e| self.field(e, sink)).collect()
    }

    fn field(&mut self, e: &model::Element, sink: &mut Sink) -> FieldIr {
        let spec = self.spec;
        let rust = naming::element_field(e);
        let docs = docs(&e.zh, &e.en, &e.cert);
        // A wrapper whose only child repeats becomes a plain list.
        if let [item] = e.children.as_slice() {
            if item.repeated && spec.info.protocol.flattens_list_wrappers() {
                let item_kind = self.kind(item, sink);
                return FieldIr {
                    rust,
                    wire: e.name.clone(),
                    also: e.also.clone(),
                    kind: FieldKind::List { item_wire: item.name.clone(), item: Box::new(item_kind) },
                    required: e.required,
                    max_items: item.max_items,
                    checks: value_checks(spec, item),
                    docs,
                };
            }
        }
        let kind = self.kind(e, sink);
        let kind = if e.repeated { FieldKind::Repeated(Box::new(kind)) } else { kind };
        FieldIr {
            rust,
            wire: e.name.clone(),
            also: e.also.clone(),
            kind,
            required: e.required,
            max_items: e.max_items,
            checks: value_checks(spec, e),
            docs,
        }
    }

    /// The kind of one element occurrence, lowering its struct if it has children or a shape.
    fn kind(&mut self, e: &model::Element, sink: &mut Sink) -> FieldKind {
        if let Some(shape) = &e.shape {
            self.use_shape(shape, &e.name, sink);
            return FieldKind::Struct(shape.clone());
        }
        if e.children.is_empty() {
            let ty = ValueType::of_value(e.ty.as_deref().unwrap_or("string"), e.personal, &self.spec.types);
            return FieldKind::Value(ty);
        }
        let name = naming::element_struct(e);
        if !sink.structs.iter().any(|s| s.name == name) {
            let fields = self.fields(&e.children, sink);
            let docs = docs(&e.zh, &e.en, &e.cert);
            sink.structs.push(StructIr { name: name.clone(), wire: e.name.clone(), docs, fields, uses: sink.uses });
        }
        FieldKind::Struct(name)
    }

    /// A reply struct defined inline like one of the arguments' shapes (validation admits only the
    /// same children) is the shared one: one struct in the method's module, sent and received.
    fn share_with_args(&mut self, tree: &mut TreeIr, arg_shared: &[String]) {
        let own: Vec<String> =
            tree.structs.iter().skip(1).map(|s| s.name.clone()).filter(|name| arg_shared.contains(name)).collect();
        if own.is_empty() {
            return;
        }
        tree.structs.retain(|s| !own.contains(&s.name));
        for shared in self.shared.iter_mut().filter(|s| own.contains(&s.item.name)) {
            shared.item.uses.received = true;
        }
        tree.shared.extend(own);
        tree.shared.sort();
        tree.shared.dedup();
    }

    /// The positional arguments, and the shared structs their lists use.
    fn args(&mut self, method: &model::Method) -> (Vec<ArgIr>, Vec<String>) {
        let sent = Uses { sent: true, received: false };
        let mut sink = Sink { structs: Vec::new(), shared: BTreeSet::new(), uses: sent };
        let mut args = Vec::new();
        for arg in &method.args {
            let ty = match arg.kind() {
                Ok(ArgKind::Flatten(fields)) => {
                    let fields = fields.iter().map(|p| param(self.spec, p)).collect();
                    args.push(ArgIr { name: arg.name.clone(), kind: ArgIrKind::Flatten(fields) });
                    continue;
                }
                Ok(ArgKind::Scalar(ty)) => ArgType::Value(ValueType::of_value(ty, arg.personal, &self.spec.types)),
                Ok(ArgKind::List(shape)) => {
                    self.use_shape(shape, &arg.name, &mut sink);
                    ArgType::List(shape.to_owned())
                }
                Ok(ArgKind::Json) | Err(_) => ArgType::Untyped,
            };
            let checks = match &ty {
                ArgType::Value(value) => ValueChecks {
                    allowed: arg.allowed.iter().filter_map(scalar_text).collect(),
                    max_chars: arg.max_chars,
                    min: bound(arg.min.as_ref(), value),
                    max: bound(arg.max.as_ref(), value),
                },
                ArgType::List(_) | ArgType::Untyped => ValueChecks::default(),
            };
            let field = ArgField {
                rust: naming::arg_rust(arg),
                ty,
                required: arg.required,
                checks,
                docs: docs(&arg.zh, &arg.en, &arg.cert),
            };
            args.push(ArgIr { name: arg.name.clone(), kind: ArgIrKind::Field(field) });
        }
        (args, sink.shared.into_iter().collect())
    }

    /// Records that `sink`'s tree uses shape `name` (first met as element `wire`), lowering it once.
    fn use_shape(&mut self, name: &str, wire: &str, sink: &mut Sink) {
        if !self.closures.contains_key(name) {
            let Some(shape) = self.spec.shapes.get(name) else { return };
            let mut inner = Sink { structs: Vec::new(), shared: BTreeSet::new(), uses: Uses::default() };
            let fields = self.fields(&shape.children, &mut inner);
            let docs = docs(&shape.zh, &shape.en, &shape.cert);
            let mut closure = inner.shared;
            closure.insert(name.to_owned());
            for nested in inner.structs {
                closure.insert(nested.name.clone());
                if !self.shared.iter().any(|s| s.item.name == nested.name) {
                    self.shared.push(SharedIr { item: nested, groups: Default::default() });
                }
            }
            let wire = wire.to_owned();
            let item = StructIr { name: name.to_owned(), wire, docs, fields, uses: Uses::default() };
            self.shared.push(SharedIr { item, groups: Default::default() });
            self.closures.insert(name.to_owned(), closure);
        }
        let closure = &self.closures[name];
        for shared in self.shared.iter_mut().filter(|s| closure.contains(&s.item.name)) {
            shared.item.uses.sent |= sink.uses.sent;
            shared.item.uses.received |= sink.uses.received;
            shared.groups.insert(self.group.clone());
        }
        sink.shared.extend(closure.iter().cloned());
    }
}

fn param(spec: &Spec, p: &model::Param) -> ParamIr {
    let ty = ValueType::of_value(&p.ty, p.personal, &spec.types);
    ParamIr {
        wire: p.wire.clone(),
        rust: naming::param_rust(p),
        required: p.required,
        default: p.default.as_ref().and_then(scalar_text),
        allowed: p.allowed.iter().filter_map(scalar_text).collect(),
        list: p.list,
        max_items: p.max_items,
        checks: ValueChecks {
            allowed: Vec::new(),
            max_chars: p.max_chars,
            min: bound(p.min.as_ref(), &ty),
            max: bound(p.max.as_ref(), &ty),
        },
        limits: p.limits.clone(),
        docs: docs(&p.zh, &p.en, &p.cert),
        ty,
    }
}

/// The method's cross-parameter rules with Rust names resolved: over its parameters and the fields
/// of its flattened arguments.
fn rules(method: &model::Method, params: &[ParamIr], args: &[ArgIr]) -> Vec<RuleIr> {
    let flattened = args.iter().flat_map(|arg| match &arg.kind {
        ArgIrKind::Flatten(fields) => fields.as_slice(),
        ArgIrKind::Field(_) => &[],
    });
    let all: Vec<&ParamIr> = params.iter().chain(flattened).collect();
    let named = |wire: &str| {
        let found = all.iter().find(|p| p.wire == wire);
        RuleParam {
            wire: wire.to_owned(),
            rust: found.map(|p| p.rust.clone()).unwrap_or_default(),
            required: found.is_some_and(|p| p.required),
        }
    };
    method
        .rules
        .iter()
        .filter_map(|rule| match (&rule.one_of, &rule.max_span) {
            (Some(names), None) => Some(RuleIr::OneOf(names.iter().map(|n| named(n)).collect())),
            (None, Some(span)) => {
                let (limit, unit) = span.limit()?;
                Some(RuleIr::MaxSpan { start: named(&span.start), end: named(&span.end), limit, unit })
            }
            _ => None,
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

/// Pagination with its defaults filled in (validation admits 0 or 1 as the first page, at most one total).
fn pagination(p: &model::Pagination) -> PaginationIr {
    let total = match (&p.total_pages, &p.total_records) {
        (Some(path), _) => TotalIr::Pages(path.clone()),
        (None, Some(path)) => TotalIr::Records(path.clone()),
        (None, None) => TotalIr::Unknown,
    };
    PaginationIr {
        page: p.page.clone(),
        first_page: if p.first_page.unwrap_or(model::Pagination::DEFAULT_FIRST_PAGE) == 0 { 0 } else { 1 },
        size: p.size.clone(),
        total,
        items: p.items.clone().unwrap_or_default(),
    }
}

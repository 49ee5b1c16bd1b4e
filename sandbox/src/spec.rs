//! The Dangdang spec, embedded at build time and loaded through `dangdang-codegen`'s loader: what
//! the sandbox validates requests against and shapes its replies after.

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use dangdang_codegen::model::{EnumType, Method, Shape, Spec};

/// The spec files as the loader names them (relative to the workspace root), with their text.
/// A new file under `spec/methods/` must be listed here too; `embedded_spec_loads` fails otherwise.
const FILES: [(&str, &str); 7] = [
    ("spec/dangdang.yaml", include_str!("../../spec/dangdang.yaml")),
    ("spec/methods/items.yaml", include_str!("../../spec/methods/items.yaml")),
    ("spec/methods/items-stock-price.yaml", include_str!("../../spec/methods/items-stock-price.yaml")),
    ("spec/methods/orders.yaml", include_str!("../../spec/methods/orders.yaml")),
    ("spec/methods/shop.yaml", include_str!("../../spec/methods/shop.yaml")),
    ("spec/methods/promotions.yaml", include_str!("../../spec/methods/promotions.yaml")),
    ("spec/methods/qa.yaml", include_str!("../../spec/methods/qa.yaml")),
];

/// The loaded spec with its methods indexed by dotted name.
#[derive(Debug)]
pub struct SpecIndex {
    spec: Spec,
    by_name: BTreeMap<String, usize>,
}

impl SpecIndex {
    /// The method called `name` (`dangdang.orders.list.get`), if the spec has it.
    pub fn method(&self, name: &str) -> Option<&Method> {
        self.by_name.get(name).map(|&i| &self.spec.methods[i])
    }

    /// Every method, in spec order.
    pub fn methods(&self) -> &[Method] {
        &self.spec.methods
    }

    /// The code tables, by type name.
    pub fn types(&self) -> &BTreeMap<String, EnumType> {
        &self.spec.types
    }

    /// The shared shapes, by name.
    pub fn shapes(&self) -> &BTreeMap<String, Shape> {
        &self.spec.shapes
    }
}

/// The embedded spec, loaded and validated once per process; `Err` holds the loader's diagnostics.
pub fn embedded() -> Result<Arc<SpecIndex>, String> {
    static LOADED: OnceLock<Result<Arc<SpecIndex>, String>> = OnceLock::new();
    LOADED.get_or_init(load_embedded).clone()
}

fn load_embedded() -> Result<Arc<SpecIndex>, String> {
    let read = |name: &str| {
        FILES.iter().find(|(file, _)| *file == name).map(|(_, text)| (*text).to_owned()).ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::NotFound, format!("{name} is not embedded in the sandbox"))
        })
    };
    let (spec, _warnings) = dangdang_codegen::load(FILES[0].0, &read)
        .map_err(|problems| dangdang_codegen::diagnostics::render(&problems))?;
    let by_name = spec.methods.iter().enumerate().map(|(i, m)| (m.name.clone(), i)).collect();
    Ok(Arc::new(SpecIndex { spec, by_name }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_spec_loads() {
        let spec = embedded().unwrap();
        assert_eq!(spec.methods().len(), 50);
        assert!(spec.method("dangdang.orders.list.get").unwrap().response.is_some());
        assert!(spec.method("dangdang.nope").is_none());
    }
}

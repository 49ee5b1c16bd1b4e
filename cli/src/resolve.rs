//! Finds a method from what the user typed: dotted name, Rust name, legacy URL or script name;
//! returns the library's catalog entry together with the spec's description of it.

use std::sync::Arc;

use dangdang_api::{METHODS, MethodInfo};
use dangdang_codegen::model::Method;
use dangdang_sandbox::spec::SpecIndex;

use crate::exit::Failure;

/// One method: the library's catalog entry and the spec's description.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub info: &'static MethodInfo,
    pub spec: Arc<SpecIndex>,
}

impl Resolved {
    /// What the spec says of the method.
    pub fn method(&self) -> &Method {
        self.spec.method(self.info.name).expect("the catalog is generated from this spec")
    }
}

/// The embedded spec (the sandbox's loader: one spec, one loader).
pub fn spec() -> Result<Arc<SpecIndex>, Failure> {
    dangdang_sandbox::spec::embedded()
        .map_err(|problems| Failure::Internal(format!("the spec does not load:\n{problems}")))
}

/// The method `typed` names, in any of its spellings.
pub fn resolve(typed: &str) -> Result<Resolved, Failure> {
    let spec = spec()?;
    let wanted = typed.trim();
    let info = METHODS
        .iter()
        .find(|m| m.name == wanted || m.rust_name == wanted || m.name.strip_prefix("dangdang.") == Some(wanted))
        .or_else(|| dangdang_api::legacy::lookup(wanted))
        .ok_or_else(|| Failure::Usage(unknown(wanted)))?;
    if spec.method(info.name).is_none() {
        return Err(Failure::Internal(format!(
            "{} is in the library's catalog but not in the embedded spec",
            info.name
        )));
    }
    Ok(Resolved { info, spec })
}

/// "unknown method", with the closest names as suggestions.
fn unknown(wanted: &str) -> String {
    let needle = wanted.to_lowercase().replace(['_', '.'], "");
    let mut close: Vec<&str> = METHODS
        .iter()
        .filter(|m| {
            let name = m.name.to_lowercase().replace(['_', '.'], "");
            !needle.is_empty() && (name.contains(&needle) || needle.contains(name.trim_start_matches("dangdang")))
        })
        .map(|m| m.name)
        .collect();
    close.truncate(5);
    let hint = if close.is_empty() {
        "`dangdang methods` lists them".to_owned()
    } else {
        format!("did you mean {}?", close.join(", "))
    };
    format!("unknown method `{wanted}` (not a dotted name, Rust name or legacy script of the spec); {hint}")
}

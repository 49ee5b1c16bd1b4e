//! `dangdang call`: checks the parameters against the spec, sends one call, prints the reply
//! (typed JSON for a typed method, else JSON of the tree, or the raw text).

use dangdang_api::{Call, Client, Error, RawBody, XmlElement, decode};

use crate::args::{CallArgs, Global, SendArgs};
use crate::exit::Failure;
use crate::json_tree::{Names, may_hold_personal};
use crate::output::{self, Format};
use crate::resolve::{Resolved, resolve};
use crate::{client, params};

/// Runs `dangdang call`.
pub async fn run(global: &Global, args: &CallArgs) -> Result<(), Failure> {
    let method = resolve(&args.send.method)?;
    if args.raw && !args.send.show_personal && may_hold_personal(&method.spec, method.method()) {
        return Err(Failure::Usage(format!(
            "--raw prints the reply as received, and {}'s reply may hold buyer personal data: add --show-personal",
            method.info.name
        )));
    }
    let mut call = prepare(&method, &args.send)?;
    if let Some(path) = &args.upload {
        call.upload = Some(client::upload(&method, path)?);
    } else if let Some(path) = &args.document {
        call.upload = Some(client::document(&method, path)?);
    } else if method.info.upload_field.is_some() {
        return Err(Failure::Usage(format!(
            "{} uploads a document: give it with --upload FILE (or --document FILE.json)",
            method.info.name
        )));
    }
    let client = client::client(global)?;
    let (raw, tree) = send(&client, call).await?;
    let format = if args.raw {
        Format::Raw
    } else if args.tree || !method.info.typed_response {
        Format::tree(names(&method, &args.send))
    } else {
        Format::typed(method.info.name, names(&method, &args.send))
    };
    output::reply(&mut std::io::stdout().lock(), &format, &raw, &tree)
}

/// The call of `args`, its parameters checked against the spec (nothing is sent on a refusal).
pub fn prepare(method: &Resolved, args: &SendArgs) -> Result<Call, Failure> {
    let params = params::checked(method, &args.params, &args.extra)?;
    tracing::debug!(method = method.info.name, params = ?params.iter().map(|(n, _)| n).collect::<Vec<_>>(), "checked");
    Ok(Call { info: *method.info, params, upload: None, json: None })
}

/// Sends `call` and decodes its reply into a tree (gateway and business errors become `Error`s).
pub async fn send(client: &Client, call: Call) -> Result<(RawBody, XmlElement), Error> {
    let name = call.method();
    let raw = client.execute(call).await?;
    let tree = decode::tree(name, &raw)?;
    Ok((raw, tree))
}

/// What the spec says of the reply's element names, with `--show-personal`.
pub fn names(method: &Resolved, args: &SendArgs) -> Names {
    let mut names = Names::of(&method.spec, method.method().response.as_deref());
    names.show_personal = args.show_personal;
    names
}

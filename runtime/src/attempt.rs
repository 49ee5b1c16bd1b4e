//! One attempt of a call: sign, send, read the whole reply within the cap, classify it. Runs
//! inside its `api.attempt` span and records the reply's status there.

use crate::protocol::{Target, Verdict};
use crate::retry::{self, Failure};
use crate::{Call, Client, Error, RawBody, transport};

impl Client {
    /// One signed HTTP exchange, the whole reply body included, classified by the protocol.
    pub(crate) async fn attempt(&self, call: &Call) -> Result<RawBody, Failure> {
        let inner = self.inner();
        let method = call.method();
        let connect_timeout = inner.limits.connect_timeout;
        let target = Target { http: &inner.http, endpoint: &inner.endpoint };
        let request = inner.protocol.encode(call, target).map_err(|error| Failure::new(error, false))?;
        let mut response = request.send().await.map_err(|error| {
            // A connection never established: nothing was sent.
            let maybe_sent = !error.is_connect();
            Failure::new(Error::transport(method, error, connect_timeout), maybe_sent)
        })?;
        let sent = |error: Error| Failure::new(error, true);
        let status = response.status();
        tracing::Span::current().record("http.response.status_code", status.as_u16());
        if status.is_redirection() {
            let location = response.headers().get(reqwest::header::LOCATION).map(|value| value.as_bytes());
            let secret_params = inner.protocol.secret_params();
            let describe = |session: &str| {
                let secret_values = call.params.iter().filter(|(name, _)| secret_params.contains(&name.as_ref()));
                let values = secret_values.map(|(_, value)| value.as_str());
                let secrets: Vec<&str> =
                    inner.protocol.secrets().into_iter().chain(values).chain(std::iter::once(session)).collect();
                transport::describe_redirect(status.as_u16(), response.url(), location, &secrets)
            };
            let redirect = match inner.protocol.session() {
                Some(session) => session.with(describe),
                None => describe(""),
            };
            let transport::Redirect { status, location, https_upgrade } = redirect;
            return Err(sent(Error::Redirect { method, status, location, https_upgrade }));
        }
        let retry_after = retry::retry_after(response.headers());
        let limit = inner.max_response_bytes;
        let raw = self.raw_body(transport::read_body(&mut response, limit).await.map_err(|error| {
            sent(match error {
                transport::BodyError::TooLarge => Error::ResponseTooLarge { method, limit },
                transport::BodyError::Transport(error) => Error::transport(method, error, connect_timeout),
            })
        })?);
        if !status.is_success() {
            let error = Error::HttpStatus { method, status: status.as_u16(), raw };
            return Err(Failure { error, maybe_sent: true, retry_after });
        }
        match inner.protocol.classify(call, &raw) {
            Verdict::Success => Ok(raw),
            Verdict::Failed(error) | Verdict::Throttled(error) | Verdict::SessionExpired(error) => Err(sent(error)),
        }
    }
}

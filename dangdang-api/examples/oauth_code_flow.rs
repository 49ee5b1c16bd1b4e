//! The OAuth code flow: build the authorize URL, read the callback, exchange the code for the access
//! token, then call the API with it as `session`.
//!
//! `cargo run -p dangdang-api --example oauth_code_flow` runs every step against the sandbox
//! gateway. Against Dangdang, set `DANGDANG_APP_KEY`, `DANGDANG_APP_SECRET`, `DANGDANG_REDIRECT_URL`
//! and, after the shop owner approved the app in a browser, `DANGDANG_CALLBACK_URL` (the full URL
//! Dangdang redirected to, carrying `code`).

use dangdang_api::oauth::{AuthorizeUrl, Callback, OAuthClient};
use dangdang_api::orders::orders_list_get;
use dangdang_sandbox::{FAKE_AUTH_CODE, Sandbox};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let fake = match (env("DANGDANG_APP_KEY"), env("DANGDANG_CALLBACK_URL")) {
        (Some(_), Some(_)) => None,
        _ => Some(Sandbox::start()?),
    };
    let (app_key, app_secret) = match &fake {
        Some(fake) => (fake.config().app_key.clone(), fake.config().app_secret.clone()),
        None => (env("DANGDANG_APP_KEY").unwrap_or_default(), env("DANGDANG_APP_SECRET").unwrap_or_default()),
    };
    let redirect_url =
        env("DANGDANG_REDIRECT_URL").unwrap_or_else(|| "https://erp.example.com/dangdang/callback".into());
    let state = "shop-42"; // opaque; tie it to the user's session to reject forged callbacks

    // 1. Send the shop owner to Dangdang.
    let authorize = AuthorizeUrl::code(&app_key, &redirect_url).state(state);
    println!("1. open in a browser: {}", authorize.build());

    // 2. Dangdang redirects back with `code` (the fake flow pretends it did).
    let callback_url = match &fake {
        Some(_) => format!("{redirect_url}?code={FAKE_AUTH_CODE}&state={state}&shop_id=1000&app_id={app_key}"),
        None => env("DANGDANG_CALLBACK_URL").unwrap_or_default(),
    };
    let callback = Callback::from_url(&callback_url);
    let code = callback.require_code()?;
    println!("2. callback for shop {:?}", callback.shop_id);

    // 3. Exchange the code for the access token at the token endpoint.
    let mut oauth = OAuthClient::builder(&app_key, &app_secret);
    if let Some(fake) = &fake {
        oauth = oauth.endpoint(fake.token_url());
    }
    let token = oauth.build()?.exchange_code(code, &redirect_url, state).await?;
    println!("3. got an access token ({:?})", token.access_token());

    // 4. The access token is the `session` of every API call.
    let mut client = dangdang_api::Client::builder(&app_key, &app_secret, token.access_token().secret());
    if let Some(fake) = &fake {
        client = client.endpoint(fake.endpoint());
    }
    let page = client.build()?.orders_list_get(&orders_list_get::Request::new()).await?;
    println!("4. signed call with the new session: {} order(s) on the first page", page.orders_list.len());
    Ok(())
}

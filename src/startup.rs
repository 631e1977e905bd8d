//! Putting the pieces together: database, reference data, demo accounts and
//! the web server.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::config::Config;
use crate::demo::{self, DemoLogin};
use crate::directory::{Directory, SharedDirectory};
use crate::rules::Rules;
use crate::store::Store;
use crate::web::{self, AppState};

pub struct Application {
    listener: TcpListener,
    state: AppState,
    demo_logins: Vec<DemoLogin>,
}

impl Application {
    /// Opens and migrates the database, seeds demo data when configured and
    /// binds the listening socket. Port 0 picks a free port (for tests).
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        // Rule packs refer to the shipped jurisdictions, which admins do not
        // edit; a broken pack stops the start before anything else.
        let shipped = Directory::load().context("the shipped reference data is invalid")?;
        let rules = Arc::new(Rules::load(&shipped).context("the shipped rule packs are invalid")?);
        // Parse the PDF fonts now: a broken font file stops the start, and the
        // first package does not pay for it.
        crate::package::fonts::warm_up()
            .map_err(|e| anyhow::anyhow!("the shipped fonts cannot be read: {e}"))?;
        let store = Store::connect(&config.database_url).await?;
        store.migrate().await?;
        let (directory, _) = crate::app::load_directory(&store).await?;
        let directory = Arc::new(SharedDirectory::new(directory));
        let demo_logins = if config.demo_data {
            demo::seed(&store, &directory)
                .await
                .context("cannot create the demo data")?
        } else {
            Vec::new()
        };
        let listener = TcpListener::bind(config.addr).await.map_err(|e| {
            let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
                " (is casebridge already running? choose another with --addr or CASEBRIDGE_ADDR)"
            } else {
                ""
            };
            anyhow::anyhow!("cannot listen on {}: {e}{hint}", config.addr)
        })?;
        let server_key = crate::app::ServerKey::load(config.server_secret.as_ref(), &store).await?;
        let state = AppState {
            store,
            config: Arc::new(config),
            directory,
            rules,
            clock: crate::app::Clock::system(),
            server_key,
        };
        Ok(Application {
            listener,
            state,
            demo_logins,
        })
    }

    /// Serves with `clock` instead of the system's: tests move it.
    pub fn with_clock(mut self, clock: crate::app::Clock) -> Self {
        self.state.clock = clock;
        self
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .unwrap_or_else(|_| self.state.config.addr)
    }

    pub fn port(&self) -> u16 {
        self.local_addr().port()
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// The demo accounts created or found at start, for the start-up banner.
    pub fn demo_logins(&self) -> &[DemoLogin] {
        &self.demo_logins
    }

    /// Serves until `shutdown` completes, then finishes in-flight requests
    /// and background work.
    pub async fn run_until(
        self,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let jobs = crate::jobs::Jobs::start(&self.state);
        let store = self.state.store.clone();
        let app = web::router(self.state);
        // In-flight requests finish (a transition commits or writes nothing),
        // then the jobs finish their step, then the database is closed.
        let served = axum::serve(
            self.listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown)
        .await;
        jobs.shutdown().await;
        store.close().await;
        served
    }
}

/// The workflow layer over the configured database, without the web
/// server: for the operator's commands.
pub async fn open_app(config: Config) -> anyhow::Result<crate::app::App> {
    let shipped = Directory::load().context("the shipped reference data is invalid")?;
    let rules = Arc::new(Rules::load(&shipped).context("the shipped rule packs are invalid")?);
    let store = Store::connect(&config.database_url).await?;
    store.migrate().await?;
    let (directory, _) = crate::app::load_directory(&store).await?;
    let server_key = crate::app::ServerKey::load(config.server_secret.as_ref(), &store).await?;
    Ok(crate::app::App {
        server_key,
        store,
        config: Arc::new(config),
        directory: Arc::new(SharedDirectory::new(directory)),
        rules,
        clock: crate::app::Clock::system(),
    })
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

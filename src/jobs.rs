//! Background work, started together and stopped together: the session
//! sweep, the directory reload and the outbox worker (reminders as they
//! come). On shutdown each job finishes the step it is in and stops; every
//! step is one transaction, so nothing is left half-written. An outbox send
//! cut short keeps its lease and is sent again, with the same Message-ID,
//! once the lease runs out.

use std::future::Future;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;
use tower_sessions::session_store::ExpiredDeletion;

use crate::app::App;
use crate::app::delivery::Transports;

/// Deliveries one outbox step claims at most.
const OUTBOX_BATCH: i64 = 20;

/// How long a job may take to finish its step after shutdown is asked.
const STOP_WITHIN: Duration = Duration::from_secs(8);

/// The running jobs.
pub struct Jobs {
    stop: watch::Sender<bool>,
    handles: Vec<(&'static str, JoinHandle<()>)>,
}

/// What a job waits on between steps: its period, or shutdown.
#[derive(Clone)]
pub struct Ticker {
    stop: watch::Receiver<bool>,
}

impl Ticker {
    /// Waits `period`; false when shutdown was asked meanwhile.
    pub async fn wait(&mut self, period: Duration) -> bool {
        if *self.stop.borrow() {
            return false;
        }
        tokio::select! {
            _ = tokio::time::sleep(period) => !*self.stop.borrow(),
            _ = self.stop.changed() => false,
        }
    }
}

impl Jobs {
    /// Starts every job of `app`.
    pub fn start(app: &App) -> Jobs {
        let (stop, _) = watch::channel(false);
        let mut jobs = Jobs {
            stop,
            handles: Vec::new(),
        };
        let sweep = sweep_sessions(app.clone(), jobs.ticker());
        jobs.spawn("session sweep", sweep);
        let reload = reload_directory(app.clone(), jobs.ticker());
        jobs.spawn("directory reload", reload);
        let remind = send_reminders(app.clone(), jobs.ticker());
        jobs.spawn("reminders", remind);
        if app.config.delivery.worker {
            match Transports::from_config(&app.config) {
                Ok(t) => {
                    let outbox = send_outbox(app.clone(), jobs.ticker(), t);
                    jobs.spawn("outbox", outbox);
                }
                Err(e) => tracing::error!(error = %e, "the outbox worker cannot start"),
            }
        }
        jobs
    }

    fn ticker(&self) -> Ticker {
        Ticker {
            stop: self.stop.subscribe(),
        }
    }

    fn spawn(&mut self, name: &'static str, job: impl Future<Output = ()> + Send + 'static) {
        self.handles.push((name, tokio::spawn(job)));
    }

    /// Asks every job to stop and waits for each to finish its step.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        for (name, handle) in self.handles {
            let abort = handle.abort_handle();
            if tokio::time::timeout(STOP_WITHIN, handle).await.is_err() {
                tracing::warn!(job = name, "did not stop in time; stopped");
                abort.abort();
            }
        }
    }
}

/// Sessions that timed out are removed every few minutes.
async fn sweep_sessions(app: App, mut ticker: Ticker) {
    let rows = crate::store::SessionRows::new(app.store.clone(), app.clock.clone());
    while ticker.wait(Duration::from_secs(300)).await {
        if let Err(e) = rows.delete_expired().await {
            tracing::warn!(error = %e, "cannot delete expired sessions");
        }
    }
}

/// Sends what the outbox holds; looks again at once while it finds full
/// batches, else after the configured pause.
async fn send_outbox(app: App, mut ticker: Ticker, transports: Transports) {
    let pause = Duration::from_secs(app.config.delivery.poll_seconds);
    loop {
        let busy = match app.deliver_due(&transports, OUTBOX_BATCH).await {
            Ok(step) => (step.sent + step.retrying + step.failed) as i64 >= OUTBOX_BATCH,
            Err(e) => {
                tracing::warn!(error = %e, "cannot work through the outbox");
                false
            }
        };
        let wait = if busy { Duration::ZERO } else { pause };
        if !ticker.wait(wait).await {
            break;
        }
    }
}

/// Reminders of preservations about to run out and of urgent cases nobody
/// acknowledged: due ones are sent once a minute at most.
async fn send_reminders(app: App, mut ticker: Ticker) {
    while ticker.wait(Duration::from_secs(60)).await {
        if let Err(e) = app.send_reminders().await {
            tracing::warn!(error = %e, "cannot send reminders");
        }
    }
}

/// Another instance may have corrected the directory: pick up its edits
/// within half a minute.
async fn reload_directory(app: App, mut ticker: Ticker) {
    let mut known = app.store.latest_company_edit_id().await.unwrap_or(0);
    while ticker.wait(Duration::from_secs(30)).await {
        match app.store.latest_company_edit_id().await {
            Ok(latest) if latest != known => match crate::app::load_directory(&app.store).await {
                Ok((directory, id)) => {
                    app.directory.set(directory);
                    known = id;
                }
                Err(e) => tracing::warn!(error = %e, "cannot reload the directory"),
            },
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "cannot check for directory edits"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_ticker_stops_waiting_when_shutdown_is_asked() {
        let (stop, rx) = watch::channel(false);
        let mut t = Ticker { stop: rx };
        let waiting = tokio::spawn(async move { t.wait(Duration::from_secs(3600)).await });
        stop.send(true).unwrap();
        let went_on = tokio::time::timeout(Duration::from_secs(5), waiting)
            .await
            .expect("stopped without waiting the hour")
            .unwrap();
        assert!(!went_on, "a stopped ticker says so");
    }
}

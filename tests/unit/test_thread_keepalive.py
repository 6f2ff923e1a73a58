"""A worker thread that outlives its shutdown timeout is kept until it ends (Qt would abort the
process if its last reference went away while it runs: "QThread: Destroyed while thread is still
running"). Run in a subprocess: before the fix the process aborted."""

import subprocess
import sys
import textwrap


def test_threads_dropped_while_still_running_end_cleanly():
    code = textwrap.dedent("""
        import gc, threading
        from PySide6.QtCore import QCoreApplication
        from volgui.workers import registry
        from volgui.workers.jobs import JobThread
        from volgui.workers.requests import RequestWorker

        app = QCoreApplication([])
        release = threading.Event()
        started = threading.Event()

        def stuck(_engine, **_kwargs):
            started.set()
            release.wait(30)   # a call that ignores cancel, like a connect to a dead host
            return "late"

        class NoEngine:
            def close(self):
                pass

        worker = RequestWorker(NoEngine, name="volgui-test-stuck")
        worker.submit(stuck)
        assert started.wait(10)
        assert worker.shutdown(timeout_ms=50) is False
        del worker                       # the owner forgets it (AddEngineDialog.done does)

        started.clear()
        job = JobThread(NoEngine, stuck, name="volgui-test-stuck-job")
        job.start()
        assert started.wait(10)
        assert job.finish(timeout_ms=50) is False
        del job                          # the owner forgets it (VolumeBrowser.shutdown does)
        gc.collect()

        release.set()
        for _ in range(500):
            app.processEvents()
            if not registry.kept_threads() and not registry.live_threads():
                break
            threading.Event().wait(0.02)
        assert not registry.live_threads(), registry.live_threads()
        assert not registry.kept_threads(), registry.kept_threads()
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, check=False,
                            cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Destroyed while thread" not in result.stderr
    assert "ok" in result.stdout

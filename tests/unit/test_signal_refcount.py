"""Guard against the PySide6 6.12.0 / CPython 3.11 refcount bug (each emit drops ``True``)."""

import subprocess
import sys
import textwrap


def test_thousands_of_signal_emits_exit_cleanly():
    code = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

        class Sender(QObject):
            fired = Signal(object, bool)

        class Receiver(QObject):
            count = 0
            @Slot(object, bool)
            def on_fired(self, value, flag):
                self.count += 1

        app = QCoreApplication([])
        s, r = Sender(), Receiver()
        s.fired.connect(r.on_fired)
        for i in range(20000):
            s.fired.emit(True, True)
            s.fired.emit(None, False)

        class Worker(QThread):
            fired = Signal(object, bool)
            def run(self):
                for i in range(5000):
                    self.fired.emit(True, True)

        w = Worker()
        w.fired.connect(r.on_fired)
        w.finished.connect(app.quit)
        w.start()
        app.exec()
        w.wait()
        app.processEvents()
        assert r.count == 45000, r.count
        print("ok", r.count)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "ok 45000" in result.stdout

"""volgui — manage Docker containers and volumes by pointing and clicking."""

__version__ = "0.1.0"
APP_ID = "io.github.volgui.Volgui"
APP_NAME = "volgui"

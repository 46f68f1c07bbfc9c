from .views import api

__all__ = ["api"]

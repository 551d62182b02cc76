# Stand-in for opentelemetry-semantic-conventions (absent from this package index): module names and string constants only.
import importlib.abc, importlib.machinery, sys, types

class _Meta(type):
    def __getattr__(cls, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return name.lower().replace("_", ".")

class _Module(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name[:1].isupper() and not name.isupper():
            return _Meta(name, (), {})
        return name.lower().replace("_", ".")

class _Finder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path, target=None):
        if fullname == "opentelemetry.semconv" or fullname.startswith("opentelemetry.semconv."):
            return importlib.machinery.ModuleSpec(fullname, self, is_package=True)
        return None
    def create_module(self, spec):
        m = _Module(spec.name); m.__path__ = []; return m
    def exec_module(self, module):
        pass

sys.meta_path.insert(0, _Finder())

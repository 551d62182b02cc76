# Prints the messages the real SDK gives for invalid names and settings (no network).
import wandb
from wandb.sdk.lib.wbauth import validation

def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__module__}.{type(e).__name__}: {e}")

show(lambda: wandb.Settings(project="a/b"))
show(lambda: wandb.Settings(project="p" * 129))
show(lambda: wandb.Settings(run_id="a:b"))
show(lambda: wandb.Settings(run_id=""))
show(lambda: wandb.Settings(run_id=" a"))
show(lambda: wandb.Settings(base_url="https://wandb.ai"))
show(lambda: wandb.Settings(base_url="http://api.wandb.ai"))
show(lambda: wandb.Settings(api_key=" abc"))
for key in ["", "*", "x" * 39]:
    msg = validation.check_api_key(key)
    print(msg)
from wandb.sdk.artifacts._validators import validate_project_name
for name in ["", "wandb-registry-", "wandb-registry-" + "a" * 114, "p" * 129, "my-?:/-project"]:
    show(lambda: validate_project_name(name))

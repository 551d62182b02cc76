#!/bin/bash
. /tmp/sdk/venv/bin/activate
env SCEN=forbidden python /tmp/sdk/server.py 8831 2>/tmp/sdk/srv-sf.log & spid=$!
sleep 0.8
rm -rf /tmp/sdk/w-sf /tmp/sdk/home-sf; mkdir -p /tmp/sdk/w-sf/wandb /tmp/sdk/home-sf/.config/wandb; cd /tmp/sdk/w-sf
printf '[default]\nentity = acme\n' > /tmp/sdk/home-sf/.config/wandb/settings
printf '[default]\nproject = acme/vision\n' > wandb/settings
printf 'import wandb\n\nrun = wandb.init()\nprint(run.entity, run.project, run.url)\nrun.finish()\n' > train.py
env -i PATH=$PATH HOME=/tmp/sdk/home-sf WANDB_BASE_URL=http://127.0.0.1:8831 WANDB_API_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa timeout 150 python train.py 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' -e 's#/tmp/sdk/venv/lib/python3.11/site-packages#/home/alice/.venv/lib/python3.11/site-packages#g' -e 's#/tmp/sdk/home-sf#/home/alice#g' -e 's#/tmp/sdk/w-sf#/home/alice/project#g' > /tmp/sdk/tx/settings-file-invalid.log
kill $spid

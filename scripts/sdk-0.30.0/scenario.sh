#!/bin/bash
# usage: scen.sh NAME PORT SCEN 'INITARGS' [env...]
name=$1; port=$2; scen=$3; args=$4; shift 4
. /tmp/sdk/venv/bin/activate
env SCEN=$scen "$@" python /tmp/sdk/server.py $port 2>/tmp/sdk/srv-$name.log &
spid=$!
sleep 0.8
rm -rf /tmp/sdk/w-$name /tmp/sdk/home-$name; mkdir -p /tmp/sdk/w-$name /tmp/sdk/home-$name; cd /tmp/sdk/w-$name
printf 'import wandb\n\nrun = wandb.init(%s)\nprint(run.entity, run.project, run.url)\nrun.finish()\n' "$args" > train.py
env -i PATH=$PATH HOME=/tmp/sdk/home-$name WANDB_BASE_URL=http://127.0.0.1:$port WANDB_API_KEY=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa "$@" timeout 150 python train.py > /tmp/sdk/out-$name.log 2>&1
kill $spid
sed -e 's/\x1b\[[0-9;]*m//g' -e 's#/tmp/sdk/venv/lib/python3.11/site-packages#/home/alice/.venv/lib/python3.11/site-packages#g' -e "s#/tmp/sdk/w-$name/##g" /tmp/sdk/out-$name.log > /tmp/sdk/tx/$name.log

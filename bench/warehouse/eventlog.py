#!/usr/bin/env python3
"""Where the time goes: summarise a Spark event log per job group (the job sets the group
"resultaat <table>" per result set, see Job.materialiseer; jobs without a group are the extract,
the lake read-back and the load).

    python3 bench/warehouse/eventlog.py <event log file> [--stages]

Per group: jobs, stages, tasks, wall time from the first job's start to the last job's end,
executor run time summed over tasks (CPU-ish), shuffle read/write MiB, and the slowest stages.
"""
import json
import sys
from collections import defaultdict

import os
import subprocess

pad = sys.argv[1]
toon_stages = "--stages" in sys.argv
if os.path.isdir(pad):  # a rolling event log directory (eventlog_v2_*): its events_* files in order
    delen = sorted(f for f in os.listdir(pad) if f.startswith("events_"))
else:
    delen = [os.path.basename(pad)]
    pad = os.path.dirname(pad) or "."


def regels():
    for f in delen:
        p = os.path.join(pad, f)
        if p.endswith(".zstd") or p.endswith(".zst"):  # Spark 4's default codec: the zstd tool decompresses
            uit = subprocess.run(["zstd", "-dc", p], check=False, capture_output=True).stdout.decode("utf-8", "replace")
            yield from uit.splitlines()
        else:
            yield from open(p, encoding="utf-8")

jobs = {}          # job id -> dict(group, start, end, stages)
stage_job = {}     # stage id -> job id
stages = {}        # stage id -> dict(name, tasks, run_ms, shuffle_r, shuffle_w, submitted, completed)
for regel in regels():
    try:
        e = json.loads(regel)
    except ValueError:
        continue  # the last line of a log still being written

    t = e.get("Event")
    if t == "SparkListenerJobStart":
        props = e.get("Properties") or {}
        groep = props.get("spark.jobGroup.id") or props.get("spark.job.description") or "(geen groep)"
        jobs[e["Job ID"]] = {"groep": groep, "start": e["Submission Time"], "end": None, "stages": e.get("Stage IDs", [])}
        for s in e.get("Stage IDs", []):
            stage_job[s] = e["Job ID"]
    elif t == "SparkListenerJobEnd":
        jobs[e["Job ID"]]["end"] = e["Completion Time"]
    elif t == "SparkListenerTaskEnd":
        sid = e["Stage ID"]
        m = e.get("Task Metrics") or {}
        st = stages.setdefault(sid, {"name": "", "tasks": 0, "run_ms": 0, "sr": 0, "sw": 0, "sub": None, "done": None})
        st["tasks"] += 1
        st["run_ms"] += m.get("Executor Run Time", 0)
        sr = m.get("Shuffle Read Metrics") or {}
        st["sr"] += sr.get("Remote Bytes Read", 0) + sr.get("Local Bytes Read", 0)
        st["sw"] += (m.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
    elif t == "SparkListenerStageCompleted":
        i = e["Stage Info"]
        st = stages.setdefault(i["Stage ID"], {"name": "", "tasks": 0, "run_ms": 0, "sr": 0, "sw": 0, "sub": None, "done": None})
        st["name"] = i.get("Stage Name", "")
        st["sub"] = i.get("Submission Time")
        st["done"] = i.get("Completion Time")

groepen = defaultdict(lambda: {"jobs": 0, "stages": 0, "tasks": 0, "run_ms": 0, "sr": 0, "sw": 0, "start": None, "end": None, "lijst": []})
for jid, j in jobs.items():
    g = groepen[j["groep"]]
    g["jobs"] += 1
    g["start"] = j["start"] if g["start"] is None else min(g["start"], j["start"])
    if j["end"]:
        g["end"] = j["end"] if g["end"] is None else max(g["end"], j["end"])
    for sid in j["stages"]:
        st = stages.get(sid)
        if not st or st["tasks"] == 0:
            continue  # skipped (shuffle output reused)
        g["stages"] += 1
        g["tasks"] += st["tasks"]
        g["run_ms"] += st["run_ms"]
        g["sr"] += st["sr"]
        g["sw"] += st["sw"]
        g["lijst"].append((((st["done"] or 0) - (st["sub"] or 0)), sid, st))

MiB = 1024 * 1024
print(f"{'group':36} {'jobs':>4} {'stages':>6} {'tasks':>6} {'wall s':>7} {'task s':>7} {'shuf r MiB':>10} {'shuf w MiB':>10}")
for naam, g in sorted(groepen.items(), key=lambda kv: kv[1]["start"] or 0):
    wall = ((g["end"] or g["start"]) - g["start"]) / 1000 if g["start"] else 0
    print(f"{naam[:36]:36} {g['jobs']:>4} {g['stages']:>6} {g['tasks']:>6} {wall:>7.1f} {g['run_ms'] / 1000:>7.1f}"
          f" {g['sr'] / MiB:>10.1f} {g['sw'] / MiB:>10.1f}")
    if toon_stages:
        for dur, sid, st in sorted(g["lijst"], key=lambda x: -x[0])[:3]:
            print(f"    stage {sid:>4} {dur / 1000:>6.1f} s {st['tasks']:>4} tasks  {st['name'][:70]}")

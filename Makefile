# newsclean: `make run` and `make test` set up everything they need on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export NO_MKDOCS_2_WARNING := 1
# A fresh PREFECT_HOME spends ~16 s migrating its database, close to the 20 s default timeout.
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120

.PHONY: run test lint typecheck docs eval heldout train train-html peers bench clean setup

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip>=24"
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsclean run seeds --output outputs

test: $(STAMP) lint typecheck docs
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

# docs/ as a site; --strict turns a broken link or a page missing from the nav into an error (not with --quiet:
# mkdocs then drops the warnings before strict mode counts them, so broken links passed)
docs: $(STAMP)
	$(BIN)/mkdocs build --strict

eval: $(STAMP)
	$(BIN)/newsclean eval --gold ../shared/gold/seeds.json --dataset ../shared/eval/dumps/aeb --dataset ../shared/eval/dumps/readability --dataset ../shared/eval/html/aeb --dataset ../shared/eval/html/readability

# Held-out scores of the text-dump segmenter: leave-one-set-out on the training sets, the
# shipped model on the evaluation-only sets (see docs/segmenter.md).
heldout: $(STAMP)
	$(BIN)/newsclean eval $(foreach s,aeb readability cleanportal cleaneval-dev dragnet l3s,--heldout ../shared/eval/dumps/$(s))

# Train the text-dump line model from ../shared/eval/dumps: writes tasks/text/models/ (deterministic, minutes).
train: $(STAMP)
	PYTHONPATH=. $(BIN)/python bench/train_segmenter.py

peers: $(STAMP)
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev,peers]"
	$(BIN)/python bench/peers.py
	$(BIN)/python bench/peers_html.py --markdown

# The HTML block model: leave-one-set-out and evaluation-only scores, then tasks/html/models/ (deterministic).
train-html: $(STAMP)
	$(BIN)/python -c "import lightgbm" 2>/dev/null || $(BIN)/python -m pip install -q -c constraints.txt lightgbm
	$(BIN)/python bench/train_html.py $(TRAIN_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/bench.py $(BENCH_ARGS)

clean:
	rm -rf outputs/articles outputs/segments outputs/attributions outputs/rejects outputs/runs outputs/_staging

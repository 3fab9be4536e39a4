# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
# llama.cpp's default native build crashes on CPUs whose flags a VM hides (AVX-512/AMX):
# build a portable one. Override CMAKE_ARGS to build differently.
CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON
PYTEST := $(PY) -m pytest -p no:cacheprovider

.PHONY: install browser run test record lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	CMAKE_ARGS="$(CMAKE_ARGS)" $(PY) -m pip install --quiet -e '.[local,dev]'
	touch $@

install: $(VENV)/.installed

run: install  ## set up, then make a fact sheet for the sample article with the embedded model
	$(VENV)/bin/factsheet make examples/luhansk-2022-09-20.txt --local

# The HTML page's browser tests use Debian's chromium (Playwright drives it; it downloads no
# browser). Installed here where we are root and it is missing; else those tests say why they skip.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	{ [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	echo "make: no chromium (not root, or no apt-get): the browser tests will be skipped"

test: install browser  ## set up, then run every test offline (recorded model traffic + the embedded model)
	$(PYTEST) --record-mode=none --block-network --allowed-hosts=127.0.0.1,localhost

record: install  ## re-record cassettes/ from the embedded model served on loopback
	FACTSHEET_RECORD=1 $(PYTEST) --record-mode=rewrite -m recorded
	$(PYTEST) --record-mode=none --block-network --allowed-hosts=127.0.0.1,localhost -m recorded
	git diff --stat cassettes/ tests/data/expected/

lint: install
	$(PY) -m ruff check factsheet tests bench
	$(PY) -m ruff format --check factsheet tests bench
	$(PY) -m mypy factsheet

bench: install  ## speed: tool vs model time and raw llama.cpp, load, tokens, cold start (bench/README.md)
	$(PY) bench/run.py
	$(PY) bench/load.py

clean:
	rm -rf $(VENV) dist build *.egg-info

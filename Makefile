# The two commands of the README's quick start:
#   make demo   installs what is missing, builds, and solves a bundled MIPLIB instance
#   make test   installs what is missing and runs the whole test suite
# and, beyond it:
#   make fuzz   fuzzes the model readers for ten minutes (Scripts/fuzz-readers.sh)
.PHONY: demo test fuzz dependencies

dependencies:
	@Scripts/install-dependencies.sh

demo: dependencies
	swift build -c release --product milp
	.build/release/milp solve Instances/public/p0548.mps

test: dependencies
	@Scripts/run-tests.sh

fuzz: dependencies
	@Scripts/fuzz-readers.sh

"""Writes the public MIPs named on the command line as CPLEX LP and MPS files with other tools.

Each tool reads the MPS file itself and writes it back in both formats, as its users would:
HiGHS (highspy: readModel, writeModel), PuLP (LpProblem.fromMPS, writeLP, writeMPS), OR-Tools
(pywraplp: ExportModelAsLpFormat, ExportModelAsMpsFormat, on a model imported through its model
builder) and SCIP (PySCIPOpt: readProblem, writeProblem). Run through Scripts/write-corpus.sh,
which makes the virtual environment.

    python write_corpus.py OUTPUT_DIR FILE.mps [FILE.mps ...]
"""

import os
import sys


def write_highs(source, lp, mps):
    import highspy

    highs = highspy.Highs()
    highs.setOptionValue("output_flag", False)
    if highs.readModel(source) != highspy.HighsStatus.kOk:
        raise RuntimeError("HiGHS could not read " + source)
    highs.writeModel(lp)
    highs.writeModel(mps)


def write_pulp(source, lp, mps):
    import pulp

    _, problem = pulp.LpProblem.fromMPS(source)
    problem.writeLP(lp)
    problem.writeMPS(mps)


def write_ortools(source, lp, mps):
    from ortools.linear_solver import pywraplp
    from ortools.linear_solver.python import model_builder

    builder = model_builder.Model()
    if not builder.import_from_mps_file(source):
        raise RuntimeError("OR-Tools could not read " + source)
    solver = pywraplp.Solver.CreateSolver("SCIP")
    error = solver.LoadModelFromProto(builder.export_to_proto())
    if error:
        raise RuntimeError("OR-Tools could not load " + source + ": " + error)
    with open(lp, "w") as file:
        file.write(solver.ExportModelAsLpFormat(False))
    with open(mps, "w") as file:
        file.write(solver.ExportModelAsMpsFormat(False, False))


def write_scip(source, lp, mps):
    import pyscipopt

    model = pyscipopt.Model()
    model.hideOutput()
    model.readProblem(source)
    model.writeProblem(lp)
    model.writeProblem(mps)


TOOLS = {"highs": write_highs, "pulp": write_pulp, "ortools": write_ortools, "scip": write_scip}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    output, sources = sys.argv[1], sys.argv[2:]
    for tool, write in TOOLS.items():
        folder = os.path.join(output, tool)
        os.makedirs(folder, exist_ok=True)
        for source in sources:
            stem = os.path.splitext(os.path.basename(source))[0]
            write(source, os.path.join(folder, stem + ".lp"), os.path.join(folder, stem + ".mps"))
            print(tool, stem)


if __name__ == "__main__":
    main()

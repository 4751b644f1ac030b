"""Solves a model file with HiGHS (highspy) on one thread, for `milp bench` sweeps.

    python highs_solve.py FILE TIME_LIMIT

HiGHS prints its log and, at the end of a MIP solve, its `Solving report`, which a sweep reads
with `"output": "highs"`. The relative MIP gap is 0, as in GLPK, so that both prove the same
optimum. Exits with 1 when HiGHS cannot read the file, 2 on wrong arguments.
"""
import sys

import highspy


def main(arguments):
    if len(arguments) != 2:
        print("usage: highs_solve.py FILE TIME_LIMIT", file=sys.stderr)
        return 2
    path, time_limit = arguments
    highs = highspy.Highs()
    highs.setOptionValue("threads", 1)
    highs.setOptionValue("time_limit", float(time_limit))
    highs.setOptionValue("mip_rel_gap", 0.0)
    if highs.readModel(path) == highspy.HighsStatus.kError:
        print(f"{path}: HiGHS cannot read this file", file=sys.stderr)
        return 1
    highs.run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Adds up the JUnit XML files of one scripts/test run and prints the closing line "N passed, N failed".

Usage: summarize-junit.py RESULTS_DIR FAILED_STEP_COUNT [FAILED_STEP ...]
A step that failed without a failing test case in its report (a crash, a runner that could not start)
counts as one failure, so the run can never look green when something broke.
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def count(path: Path) -> tuple[int, int, int]:
    root = ET.parse(path).getroot()
    passed = failed = skipped = 0
    for case in root.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return passed, failed, skipped


def main() -> int:
    results = Path(sys.argv[1])
    failed_steps = sys.argv[3:]
    total_passed = total_failed = total_skipped = 0
    for path in sorted(results.glob("*.xml")):
        passed, failed, skipped = count(path)
        print(f"  {path.name}: {passed} passed, {failed} failed, {skipped} skipped")
        total_passed += passed
        total_failed += failed
        total_skipped += skipped
    unexplained = 0
    for step in failed_steps:
        print(f"  FAILED: {step}")
        unexplained += 1
    if total_failed == 0:
        total_failed = unexplained
    if total_passed == 0 and total_failed == 0:
        total_failed = 1
        print("  no test ran")
    line = f"{total_passed} passed, {total_failed} failed"
    if total_skipped:
        line += f", {total_skipped} skipped"
    print(line)
    return 1 if total_failed or failed_steps else 0


if __name__ == "__main__":
    sys.exit(main())

"""The contracts give the same results whether Great Expectations runs in its own process or in the caller's."""

from __future__ import annotations

from exbench.warehouse import validator
from exbench.warehouse.contracts import validate_contracts


def test_the_validator_process_reports_what_an_in_process_validation_does(seed_warehouse):
    database = str(seed_warehouse.warehouse)
    validator.start_validator().result(timeout=120)
    try:
        assert validator._VALIDATOR, "no validator process"
        results = validator.validate(database)
    finally:
        validator.stop_validator()
    assert results and results == validate_contracts(database)
    assert all(result.passed for result in results)


def test_without_a_validator_the_contracts_run_in_process(seed_warehouse):
    validator.stop_validator()
    assert validator.validate(str(seed_warehouse.warehouse)) == validate_contracts(str(seed_warehouse.warehouse))

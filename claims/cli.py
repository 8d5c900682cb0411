"""The ``claims`` command line: thin Typer commands over the stage functions."""
from __future__ import annotations

import typer

app = typer.Typer(help="claims: who said what in French news, and where statements contradict each other.",
                  no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Evaluate a stage against gold data or a public benchmark.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
model_app = typer.Typer(help="Manage the NLI model.", no_args_is_help=True)
app.add_typer(model_app, name="model")


def main() -> None:
    app()


# Commands register themselves below, one block per stage; keep each block thin.

"""Prediction on Spark, with a model trained on DuckDB.

Local mode by default (`local[*]`); set SPARK_MASTER (or run under
spark-submit, which sets the session up) to use a cluster: see docs/linkage.md.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd

from hogo.linkage.schema import SCHEMA


def session() -> Any:
    from pyspark.sql import SparkSession
    from splink.backends.spark import similarity_jar_location

    # Splink's string comparisons (Jaro-Winkler and the like) are Scala UDFs in a
    # jar it ships: the session must load it, or the SQL cannot resolve them.
    builder = SparkSession.builder.appName("hogo-link").config(
        "spark.jars", similarity_jar_location()
    )
    if "SPARK_MASTER" in os.environ:
        builder = builder.master(os.environ["SPARK_MASTER"])
    elif not os.environ.get("SPARK_HOME"):
        builder = builder.master("local[*]")
    spark = (
        builder.config("spark.sql.shuffle.partitions", os.environ.get("HOGO_SPARK_PARTITIONS", "8"))
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.setCheckpointDir(
        os.environ.get("HOGO_SPARK_CHECKPOINTS", str(Path(tempfile.gettempdir()) / "hogo-spark"))
    )
    return spark


def predict(
    left: pd.DataFrame, right: pd.DataFrame, trained: dict[str, Any], threshold: float
) -> pd.DataFrame:
    from splink import Linker, SparkAPI

    spark = session()
    schema = _spark_schema(SCHEMA)
    frames = [
        spark.createDataFrame(frame.astype(object).where(frame.notna(), None), schema)
        for frame in (left, right)
    ]
    linker = Linker(
        frames,
        for_dialect(trained, "spark"),
        SparkAPI(spark_session=spark, break_lineage_method="persist"),  # type: ignore[no-untyped-call]
        input_table_aliases=["l", "r"],
        set_up_basic_logging=False,
    )
    result = linker.inference.predict(threshold_match_probability=threshold)
    return result.as_pandas_dataframe()  # type: ignore[no-untyped-call, no-any-return]


def for_dialect(trained: dict[str, Any], dialect: str) -> dict[str, Any]:
    """The same model with its SQL written for another engine.

    The trained settings carry DuckDB SQL; the comparisons are rebuilt for the
    dialect and the trained probabilities copied over, level by level.
    """
    from hogo.linkage import model

    settings: dict[str, Any] = model.settings().get_settings(dialect).as_dict()  # type: ignore[no-untyped-call]
    settings["probability_two_random_records_match"] = trained[
        "probability_two_random_records_match"
    ]
    for target, source in zip(settings["comparisons"], trained["comparisons"], strict=True):
        levels = zip(target["comparison_levels"], source["comparison_levels"], strict=True)
        for target_level, source_level in levels:
            for key in ("m_probability", "u_probability"):
                if key in source_level:
                    target_level[key] = source_level[key]
    return settings


def _spark_schema(schema: Any) -> Any:
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "int32": T.IntegerType()}
    fields = []
    for field in schema:
        kind = str(field.type)
        spark_type = T.ArrayType(T.StringType()) if kind.startswith("list") else kinds[kind]
        fields.append(T.StructField(field.name, spark_type, True))
    return T.StructType(fields)

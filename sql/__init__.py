"""The SQL of the warehouse, shipped as package data (exbench.sql): ddl/, seeds/, core/, marts/, checks/, exports/, report/, queries/."""

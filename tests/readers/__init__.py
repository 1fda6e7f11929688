"""Tests of newsmodel.readers, one module per reader module."""

"""Tests of newsmodel.readers.html, one module per module of the HTML reader."""

"""Synthetic portal pages with known truth, for :mod:`newsmodel.strategies`.

Templates render a model object (an article, a front, a listing) into the page a portal
would serve, with its furniture and structured data, and say what a faithful reader of
that page can know: the truth. Rendering is plain functions of their inputs, so the
strategies draw every choice through Hypothesis and shrink well.
"""

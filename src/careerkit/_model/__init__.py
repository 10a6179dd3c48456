"""The record classes of a career plan and the rules they keep (the model layer).

Modules here import nothing from the engines or the edges.
"""

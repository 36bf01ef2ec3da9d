"""Local policy of a gemeente beyond the open terms of the Participatiewet (minimaregelingen,
local premies). The open terms themselves are in rules/policy.py."""

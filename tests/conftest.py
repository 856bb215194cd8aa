"""Make ``crm_lead_convert.core`` importable without Odoo.

The addon's ``__init__`` imports its Odoo models; the pure core must not need them. Registering the addon
folder as a bare package lets ``import crm_lead_convert.core.<module>`` work exactly as inside Odoo,
without running the addon's ``__init__``.
"""

import sys
import types
from pathlib import Path

ADDON_DIR = Path(__file__).resolve().parent.parent / "crm_lead_convert"

if "crm_lead_convert" not in sys.modules:
    package = types.ModuleType("crm_lead_convert")
    package.__path__ = [str(ADDON_DIR)]
    sys.modules["crm_lead_convert"] = package

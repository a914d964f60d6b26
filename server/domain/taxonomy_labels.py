"""The seeded taxonomy's labels in the desk's other languages, served with ``GET /v1/policies``.

Keyed by the English label, not by code: an admin who relabels an item in a new version
(``server.domain.taxonomy``) gets no stale translation; that item shows its English label
in every language until a translated label is stored with it. Labels stored in a version's
document win over these. Machine-authored drafts awaiting a native-speaking Trust & Safety
lead's review, like the client's translations (docs/translations.md).
"""

from __future__ import annotations

from typing import TypeVar

from reviewer import contract

#: English label -> {language: label}; the languages are the client's shipped ones
LABELS: dict[str, dict[str, str]] = {
    # actions
    "No violation": {"es": "Sin infracción", "ar": "لا مخالفة", "zh_CN": "无违规"},
    "Warn streamer": {"es": "Advertir al streamer", "ar": "تحذير صانع البث", "zh_CN": "警告主播"},
    "Mute chat": {"es": "Silenciar el chat", "ar": "كتم الدردشة", "zh_CN": "聊天静音"},
    "End stream": {"es": "Finalizar la transmisión", "ar": "إنهاء البث", "zh_CN": "结束直播"},
    "Suspend account": {"es": "Suspender la cuenta", "ar": "تعليق الحساب", "zh_CN": "暂停账号"},
    "Ban account": {"es": "Vetar la cuenta", "ar": "حظر الحساب", "zh_CN": "封禁账号"},
    "Age-restrict": {"es": "Restringir por edad", "ar": "تقييد حسب العمر", "zh_CN": "年龄限制"},
    "Escalate": {"es": "Escalar", "ar": "تصعيد", "zh_CN": "上报"},
    "Retract": {"es": "Retirar", "ar": "سحب", "zh_CN": "撤回"},
    # policy areas
    "Harassment and bullying": {
        "es": "Acoso y hostigamiento",
        "ar": "التحرش والتنمر",
        "zh_CN": "骚扰与霸凌",
    },
    "Hateful behavior": {"es": "Conducta de odio", "ar": "سلوك الكراهية", "zh_CN": "仇恨行为"},
    "Violent and graphic content": {
        "es": "Contenido violento y explícito",
        "ar": "المحتوى العنيف والصادم",
        "zh_CN": "暴力与血腥内容",
    },
    "Sexual content and nudity": {
        "es": "Contenido sexual y desnudos",
        "ar": "المحتوى الجنسي والعري",
        "zh_CN": "色情内容与裸露",
    },
    "Minor safety": {"es": "Seguridad de menores", "ar": "سلامة القاصرين", "zh_CN": "未成年人安全"},
    "Dangerous acts and challenges": {
        "es": "Actos y retos peligrosos",
        "ar": "الأفعال والتحديات الخطرة",
        "zh_CN": "危险行为与挑战",
    },
    "Illegal goods and activities": {
        "es": "Bienes y actividades ilegales",
        "ar": "السلع والأنشطة غير القانونية",
        "zh_CN": "非法商品与活动",
    },
    "Spam and scams": {
        "es": "Spam y estafas",
        "ar": "الرسائل المزعجة والاحتيال",
        "zh_CN": "垃圾信息与诈骗",
    },
    "Intellectual property": {
        "es": "Propiedad intelectual",
        "ar": "الملكية الفكرية",
        "zh_CN": "知识产权",
    },
    "Integrity and authenticity": {
        "es": "Integridad y autenticidad",
        "ar": "النزاهة والأصالة",
        "zh_CN": "诚信与真实性",
    },
    # skip reasons
    "Conflict of interest": {
        "es": "Conflicto de intereses",
        "ar": "تضارب المصالح",
        "zh_CN": "利益冲突",
    },
    "Language I cannot review": {
        "es": "Idioma que no puedo revisar",
        "ar": "لغة لا أستطيع مراجعتها",
        "zh_CN": "我无法审核的语言",
    },
    "Wellness break from this content": {
        "es": "Pausa de bienestar ante este contenido",
        "ar": "استراحة من هذا المحتوى حفاظًا على الصحة النفسية",
        "zh_CN": "暂离此类内容（身心健康）",
    },
    "Media or chat did not load": {
        "es": "No cargaron los medios o el chat",
        "ar": "لم يتم تحميل الوسائط أو الدردشة",
        "zh_CN": "媒体或聊天未加载",
    },
    "Other": {"es": "Otro", "ar": "أخرى", "zh_CN": "其他"},
    # escalation reasons
    "Credible threat of harm": {
        "es": "Amenaza creíble de daño",
        "ar": "تهديد جدي بالأذى",
        "zh_CN": "可信的伤害威胁",
    },
    "Minor safety specialist needed": {
        "es": "Se necesita un especialista en seguridad de menores",
        "ar": "يلزم مختص في سلامة القاصرين",
        "zh_CN": "需要未成年人安全专员",
    },
    "Policy unclear or missing": {
        "es": "Política poco clara o inexistente",
        "ar": "السياسة غير واضحة أو غير موجودة",
        "zh_CN": "政策不明确或缺失",
    },
    "Legal or law-enforcement request": {
        "es": "Solicitud legal o de las fuerzas del orden",
        "ar": "طلب قانوني أو من جهة إنفاذ القانون",
        "zh_CN": "法律或执法机关请求",
    },
    "High-profile account": {
        "es": "Cuenta de perfil destacado",
        "ar": "حساب بارز",
        "zh_CN": "高知名度账号",
    },
}

_Item = TypeVar("_Item", contract.ActionDef, contract.PolicyArea, contract.ReasonDef)


def _labelled(item: _Item) -> _Item:
    known = LABELS.get(item.label, {})
    return item.model_copy(update={"labels": {**known, **item.labels}}) if known else item


def with_labels(taxonomy: contract.PolicyTaxonomy) -> contract.PolicyTaxonomy:
    """``taxonomy`` with each action, area and reason carrying its translated labels."""
    return taxonomy.model_copy(
        update={
            "actions": [_labelled(a) for a in taxonomy.actions],
            "areas": [_labelled(a) for a in taxonomy.areas],
            "skip_reasons": [_labelled(r) for r in taxonomy.skip_reasons],
            "escalation_reasons": [_labelled(r) for r in taxonomy.escalation_reasons],
        }
    )

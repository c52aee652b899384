/**
 * English explanations of common tests (loaded on demand). Written at a 6th–8th
 * grade reading level from public patient sources (docs/result-explanations-sources.md).
 * They describe what results can mean in general; they never diagnose.
 */
import type { ExplanationText } from './explanation-index.js';

export const explanationTexts: Readonly<Record<string, ExplanationText>> = {
  wbc: {
    what: 'Counts the white blood cells in your blood. These cells help your body fight germs.',
    high: 'A high count can happen with an infection, inflammation, stress, some medicines, or smoking.',
    low: 'A low count can happen with some viral infections, some medicines, or problems with how the body makes blood cells.',
  },
  rbc: {
    what: 'Counts the red blood cells in your blood. These cells carry oxygen around your body.',
    high: 'A high count can happen when you are low on fluids (dehydrated), live at high altitude, or smoke.',
    low: 'A low count can be a sign of anemia, which can come from blood loss, low iron, or other causes.',
  },
  hemoglobin: {
    what: 'Measures hemoglobin, the protein in red blood cells that carries oxygen.',
    high: 'A high level can happen when you are dehydrated, smoke, or live at high altitude.',
    low: 'A low level is called anemia. It can come from low iron, blood loss, or other causes, and can make you feel tired.',
  },
  hematocrit: {
    what: 'Measures how much of your blood is made up of red blood cells.',
    high: 'A high level can happen when you are dehydrated or with some lung or blood conditions.',
    low: 'A low level can be a sign of anemia, often from low iron or blood loss.',
  },
  mcv: {
    what: 'Measures the average size of your red blood cells. It helps find the cause of anemia.',
    high: 'Larger cells can happen with low vitamin B12 or folate, alcohol use, or some medicines.',
    low: 'Smaller cells often happen with low iron or some inherited blood traits.',
  },
  rdw: {
    what: 'Measures how much your red blood cells differ in size.',
    high: 'A high RDW means the cells vary a lot in size. It can happen with low iron, B12 or folate.',
    low: 'A low RDW is usually not a concern.',
  },
  platelets: {
    what: 'Counts platelets, the small cells that help your blood clot and stop bleeding.',
    high: 'A high count can happen after an infection, with inflammation, low iron, or some blood conditions.',
    low: 'A low count can happen with some infections, medicines, or conditions. A very low count can cause easy bruising or bleeding.',
  },
  neutrophils: {
    what: 'Counts neutrophils, the most common white blood cells. They are the first to fight bacteria.',
    high: 'A high count often happens with a bacterial infection, inflammation, stress, or steroid medicines.',
    low: 'A low count can happen with some viral infections, medicines such as chemotherapy, or in some healthy people.',
  },
  lymphocytes: {
    what: 'Counts lymphocytes, white blood cells that help your body fight viruses and remember germs.',
    high: 'A high count often happens with a viral infection.',
    low: 'A low count can happen with illness, stress, steroid medicines, or some conditions that affect the immune system.',
  },
  glucose: {
    what: 'Measures the sugar (glucose) in your blood, your body\'s main source of energy.',
    high: 'A high level can happen if you ate recently, with stress or illness, some medicines, or with prediabetes or diabetes.',
    low: 'A low level can happen if you have not eaten for a long time, with some diabetes medicines, or after a lot of exercise.',
  },
  sodium: {
    what: 'Measures sodium, a salt that helps control the water balance in your body and helps nerves and muscles work.',
    high: 'A high level often means you are low on fluids (dehydrated).',
    low: 'A low level can happen with drinking a lot of water, some medicines (such as water pills), or heart, kidney or liver problems.',
  },
  potassium: {
    what: 'Measures potassium, a salt that helps your heart, nerves and muscles work.',
    high: 'A high level can come from kidney problems or some medicines. It can also show up by mistake when the blood sample is handled roughly, so it is often checked again.',
    low: 'A low level can happen with vomiting, diarrhea, or water pills (diuretics).',
  },
  chloride: {
    what: 'Measures chloride, a salt that works with sodium to keep fluids and acids in balance.',
    high: 'A high level can happen when you are dehydrated or with some kidney problems.',
    low: 'A low level can happen with vomiting, some medicines, or lung or heart conditions.',
  },
  bicarbonate: {
    what: 'Measures bicarbonate (CO2), which helps keep the right balance of acid in your blood.',
    high: 'A high level can happen with vomiting, some water pills, or some lung conditions.',
    low: 'A low level can happen with diarrhea, kidney problems, or some medicines.',
  },
  bun: {
    what: 'Measures urea nitrogen, a waste product your kidneys remove from your blood.',
    high: 'A high level can happen when you are dehydrated, eat a lot of protein, or with kidney problems.',
    low: 'A low level is usually not a concern. It can happen with a low-protein diet or liver problems.',
  },
  creatinine: {
    what: 'Measures creatinine, a waste product from your muscles. It shows how well your kidneys filter your blood.',
    high: 'A high level can mean your kidneys are not filtering as well as they should. Dehydration, some medicines and lots of muscle can also raise it.',
    low: 'A low level is usually not a concern. It can happen with low muscle mass.',
  },
  egfr: {
    what: 'Estimates how well your kidneys filter your blood, using your creatinine level, age and other facts.',
    high: 'A higher number usually means your kidneys are filtering well.',
    low: 'A lower number can mean your kidneys are not filtering as well as they should. Your care team may repeat it, because one result can change with fluids or medicines.',
  },
  calcium: {
    what: 'Measures calcium, a mineral your bones, heart, nerves and muscles need.',
    high: 'A high level can happen with problems of the glands that control calcium (parathyroid), some medicines, or too many supplements.',
    low: 'A low level can happen with low vitamin D, low albumin (a blood protein), or kidney problems.',
  },
  'total-protein': {
    what: 'Measures all the proteins in your blood, including albumin and antibodies.',
    high: 'A high level can happen when you are dehydrated or with long-lasting inflammation or infection.',
    low: 'A low level can happen with poor nutrition, or liver or kidney problems.',
  },
  albumin: {
    what: 'Measures albumin, the main protein in your blood. It is made by the liver.',
    high: 'A high level usually means you are low on fluids (dehydrated).',
    low: 'A low level can happen with poor nutrition, inflammation, or liver or kidney problems.',
  },
  bilirubin: {
    what: 'Measures bilirubin, a yellow substance made when old red blood cells break down. The liver clears it.',
    high: 'A high level can happen with liver or gallbladder problems, or when red blood cells break down faster. Many healthy people have a mildly high level (Gilbert syndrome).',
    low: 'A low level is usually not a concern.',
  },
  alt: {
    what: 'Measures ALT, an enzyme found mostly in the liver.',
    high: 'A high level can mean the liver is irritated, for example from fatty liver, alcohol, some medicines, or an infection such as hepatitis.',
    low: 'A low level is usually not a concern.',
  },
  ast: {
    what: 'Measures AST, an enzyme found in the liver, muscles and heart.',
    high: 'A high level can come from the liver (such as fatty liver, alcohol, medicines) or from muscles, for example after hard exercise.',
    low: 'A low level is usually not a concern.',
  },
  alp: {
    what: 'Measures alkaline phosphatase, an enzyme found mostly in the liver and bones.',
    high: 'A high level can happen with liver or gallbladder problems, or with bone growth or healing. It is normal for children and teens to have higher levels.',
    low: 'A low level is rare and usually not a concern. It can happen with low zinc or poor nutrition.',
  },
  magnesium: {
    what: 'Measures magnesium, a mineral that helps your muscles, nerves and heart work.',
    high: 'A high level can happen with kidney problems or from taking a lot of antacids or laxatives that contain magnesium.',
    low: 'A low level can happen with diarrhea, alcohol use, some medicines, or poor nutrition.',
  },
  phosphorus: {
    what: 'Measures phosphorus, a mineral that works with calcium to build bones and teeth.',
    high: 'A high level can happen with kidney problems.',
    low: 'A low level can happen with poor nutrition, alcohol use, or some gland problems.',
  },
  'uric-acid': {
    what: 'Measures uric acid, a waste product from breaking down some foods.',
    high: 'A high level can happen with gout, kidney problems, some medicines, or foods and drinks such as red meat and alcohol. Many people with a high level never have symptoms.',
    low: 'A low level is usually not a concern.',
  },
  cholesterol: {
    what: 'Measures the total amount of cholesterol, a fat-like substance, in your blood.',
    high: 'A high level can raise the risk of heart disease and stroke over time. Food, activity, family history and medicines all play a part.',
    low: 'A low level is usually not a concern.',
  },
  ldl: {
    what: 'Measures LDL, often called "bad" cholesterol, which can build up in blood vessels.',
    high: 'A high level can raise the risk of heart disease and stroke over time. Your care team looks at it together with your other risks.',
    low: 'A low level is usually good for your heart.',
  },
  hdl: {
    what: 'Measures HDL, often called "good" cholesterol, which helps remove other cholesterol from your blood.',
    high: 'A high level is usually good for your heart.',
    low: 'A low level can raise the risk of heart disease. Activity and not smoking can help raise it.',
  },
  triglycerides: {
    what: 'Measures triglycerides, a type of fat in your blood that stores energy from food.',
    high: 'A high level can happen if you ate before the test, with sugary foods or alcohol, diabetes, or some medicines. High levels can raise the risk of heart disease.',
    low: 'A low level is usually not a concern.',
  },
  a1c: {
    what: 'Shows your average blood sugar over the past 2 to 3 months.',
    high: 'A high level can mean prediabetes or diabetes, or that diabetes is not as well controlled as it could be.',
    low: 'A low level is usually not a concern. Some blood conditions can make the result less accurate.',
  },
  tsh: {
    what: 'Measures TSH, a hormone that tells your thyroid gland how much thyroid hormone to make.',
    high: 'A high level often means the thyroid is making too little hormone (underactive thyroid).',
    low: 'A low level often means the thyroid is making too much hormone (overactive thyroid), or that a thyroid medicine dose may need a change.',
  },
  'free-t4': {
    what: 'Measures free T4, the main hormone your thyroid gland makes. It controls how your body uses energy.',
    high: 'A high level can mean an overactive thyroid, or a high dose of thyroid medicine.',
    low: 'A low level can mean an underactive thyroid.',
  },
  'urine-protein': {
    what: 'Checks for protein in your urine. Healthy kidneys keep most protein in the blood.',
    high: 'Protein in urine can happen after exercise, fever or stress. It can also be an early sign of kidney problems, so it is often checked again.',
  },
  'urine-glucose': {
    what: 'Checks for sugar (glucose) in your urine.',
    high: 'Sugar in urine usually means blood sugar has been high, as can happen with diabetes. Some diabetes medicines cause it on purpose.',
  },
  'urine-blood': {
    what: 'Checks for blood in your urine that may be too small to see.',
    high: 'Blood in urine can happen with a urinary infection, kidney stones, hard exercise, or a menstrual period. Your care team may repeat the test.',
  },
  'urine-leukocyte-esterase': {
    what: 'Checks for white blood cells in your urine.',
    high: 'White blood cells in urine are often a sign of a urinary tract infection or inflammation.',
  },
  'urine-nitrite': {
    what: 'Checks for nitrite, which some germs make in urine.',
    high: 'Nitrite in urine is often a sign of a urinary tract infection.',
  },
  'urine-ketones': {
    what: 'Checks for ketones, made when your body burns fat for energy instead of sugar.',
    high: 'Ketones can show up after fasting, a low-carbohydrate diet or vomiting. In people with diabetes they can be a sign that blood sugar is out of control.',
  },
  'urine-specific-gravity': {
    what: 'Measures how concentrated your urine is.',
    high: 'A high number often means you are not drinking enough fluids.',
    low: 'A low number often means you drank a lot of fluids. Rarely it can be a sign of a kidney or hormone problem.',
  },
  'urine-ph': {
    what: 'Measures how acidic your urine is.',
    high: 'A high pH (less acidic) can happen with some diets, a urinary infection, or some medicines.',
    low: 'A low pH (more acidic) can happen with a high-protein diet, dehydration, or diabetes that is not well controlled.',
  },
  uacr: {
    what: 'Compares albumin (a protein) with creatinine in your urine. It is an early check of kidney health, often done for people with diabetes or high blood pressure.',
    high: 'A high level can be an early sign of kidney damage. Exercise, fever and infection can also raise it, so it is usually repeated.',
    low: 'A low level is normal.',
  },
  'vitamin-d': {
    what: 'Measures vitamin D, which helps your body use calcium to keep bones strong.',
    high: 'A high level usually comes from taking a lot of supplements.',
    low: 'A low level is common, especially with little sun. It can weaken bones over time and is often treated with supplements.',
  },
  'vitamin-b12': {
    what: 'Measures vitamin B12, which your body needs to make red blood cells and keep nerves healthy.',
    high: 'A high level usually comes from supplements and is usually not a concern.',
    low: 'A low level can cause anemia or tingling in hands and feet. It can come from diet, some medicines, or trouble absorbing B12.',
  },
  ferritin: {
    what: 'Measures ferritin, a protein that stores iron. It shows how much iron your body has saved.',
    high: 'A high level can happen with inflammation, infection, liver problems, or too much iron in the body.',
    low: 'A low level usually means your iron stores are low, which can lead to anemia.',
  },
  iron: {
    what: 'Measures the iron in your blood. Your body needs iron to make red blood cells.',
    high: 'A high level can happen with iron supplements or conditions where the body stores too much iron.',
    low: 'A low level can happen with blood loss, low iron in the diet, or trouble absorbing iron.',
  },
  psa: {
    what: 'Measures prostate-specific antigen (PSA), a protein made by the prostate gland.',
    high: 'A high level can happen with an enlarged prostate, an infection or inflammation of the prostate, or recent activity such as bike riding. It can also be a sign of prostate cancer, so care teams often repeat it or do more tests before deciding anything.',
    low: 'A low level is usually not a concern.',
  },
  inr: {
    what: 'Measures how long your blood takes to clot. It is often used to check blood thinners such as warfarin.',
    high: 'A high INR means blood takes longer to clot. It can happen with blood thinners, liver problems, or low vitamin K.',
    low: 'A low INR means blood clots faster. If you take a blood thinner, your dose may need a change.',
  },
  crp: {
    what: 'Measures C-reactive protein, which the liver makes when there is inflammation in the body.',
    high: 'A high level can happen with an infection, an injury, or a long-lasting inflammatory condition. It does not show where the inflammation is.',
    low: 'A low level is normal.',
  },
  'blood-pressure': {
    what: 'Measures the force of blood against the walls of your blood vessels. The top number (systolic) is when the heart beats; the bottom number (diastolic) is when it rests.',
    high: 'High blood pressure often has no symptoms. Over time it can raise the risk of heart disease and stroke. One high reading is often rechecked.',
    low: 'Low blood pressure can make you feel dizzy when you stand up. It can happen with dehydration or some medicines.',
  },
};
